/**
 * The built-in checks, one sub-package each, and {@link dev.copydesk.core.checks.BuiltInChecks},
 * the single list that registers them.
 */
package dev.copydesk.core.checks;
