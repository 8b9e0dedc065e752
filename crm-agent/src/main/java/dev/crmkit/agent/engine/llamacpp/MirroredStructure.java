package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Structure;
import java.util.List;

/**
 * A JNA structure that mirrors a C struct of {@code llama.h} field by field, under the C field names, so a
 * test can compare its size and every offset with what the C compiler computes from the header. Internal to
 * crmkit's binding: public only because JNA instantiates the structures reflectively.
 */
public abstract class MirroredStructure extends Structure {

    /** @return the C struct's name */
    abstract String cName();

    /** @return the fields in declaration order, named as in C */
    List<String> cFields() {
        return getFieldOrder();
    }

    /** @return the offset JNA computed for {@code field} */
    int offsetOf(String field) {
        return fieldOffset(field);
    }
}
