/**
 * The {@code copydesk} command: picocli commands, exit codes, logging set-up. The only place that
 * calls {@link java.lang.System#exit(int)} ({@link dev.copydesk.cli.Main}).
 */
package dev.copydesk.cli;
