package dev.crmkit.core.deal;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The rules a deal command can check without stored data, shared by create and update. */
final class DealRules {

    private DealRules() {}

    static @Nullable BigDecimal amount(FieldErrors errors, BigDecimal amount) {
        if (amount.signum() < 0) {
            errors.add("amount", "must not be negative");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > Money.MAX_DECIMALS) {
            errors.add("amount", "must have at most " + Money.MAX_DECIMALS + " decimal places");
            return null;
        }
        // long: the scale of a parsed exponent such as 1e2147483647 is near Integer.MIN_VALUE.
        if ((long) amount.precision() - amount.scale() > Money.MAX_INTEGER_DIGITS) {
            errors.add("amount", "must be less than 10^" + Money.MAX_INTEGER_DIGITS);
            return null;
        }
        return amount;
    }

    static void positiveId(FieldErrors errors, String field, @Nullable Long id) {
        if (id != null && id <= 0) {
            errors.add(field, "must be a positive id");
        }
    }
}
