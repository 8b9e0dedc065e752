package dev.crmkit.examples.web.guard;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binds every {@code long}/{@code Long} and {@code int}/{@code Integer} path variable and request
 * parameter through {@link StrictNumbers}, on every controller. A property editor, because binding
 * consults editors before the conversion service, so nothing else can decode {@code 0x1484a} first.
 */
@ControllerAdvice
final class StrictNumberBinding {

    @InitBinder
    void strictWholeNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new WholeNumberEditor(false));
        binder.registerCustomEditor(Long.class, new WholeNumberEditor(false));
        binder.registerCustomEditor(int.class, new WholeNumberEditor(true));
        binder.registerCustomEditor(Integer.class, new WholeNumberEditor(true));
    }

    /** Not thread-safe (a property editor holds its value); a new one per binder. */
    private static final class WholeNumberEditor extends PropertyEditorSupport {

        private final boolean integer;

        WholeNumberEditor(boolean integer) {
            this.integer = integer;
        }

        @Override
        public void setAsText(String text) {
            // Not one conditional expression: Integer and Long operands unbox, and an empty text's null throws.
            if (integer) {
                setValue(StrictNumbers.parseInt(text));
            } else {
                setValue(StrictNumbers.parseLong(text));
            }
        }
    }
}
