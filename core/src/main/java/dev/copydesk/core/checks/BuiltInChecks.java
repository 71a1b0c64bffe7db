package dev.copydesk.core.checks;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.checks.casing.CasingCheck;
import dev.copydesk.core.checks.confusion.ConfusionCheck;
import dev.copydesk.core.checks.duplicate.NearDuplicateCheck;
import dev.copydesk.core.checks.mechanics.MechanicsCheck;
import dev.copydesk.core.checks.typo.TypoCheck;
import dev.copydesk.core.checks.variant.VariantCheck;
import java.util.List;
import java.util.Optional;

/** The single list of built-in checks: adding a check is one line here. */
public final class BuiltInChecks {
    private BuiltInChecks() {
    }

    /** Every built-in check, in the order they are documented. */
    public static List<Check> all() {
        return List.of(
                new NearDuplicateCheck(),
                new TypoCheck(),
                new ConfusionCheck(),
                new MechanicsCheck(),
                new CasingCheck(),
                new VariantCheck()
        );
    }

    /** The built-in check with an id. */
    public static Optional<Check> byId(String id) {
        return all().stream().filter(c -> c.info().id().equals(id)).findFirst();
    }
}
