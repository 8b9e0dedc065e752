package dev.crmkit.examples.web.page;

import java.util.List;

/** A record's form as posted with a comma separated tags field. */
interface TaggedForm {

    /** {@return the tag names typed, comma separated; blanks between commas are ignored} */
    List<String> tagNames();
}
