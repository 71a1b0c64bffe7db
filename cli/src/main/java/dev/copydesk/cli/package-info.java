/**
 * The {@code copydesk} command: picocli commands ({@code check}, {@code baseline}, {@code init}),
 * configuration discovery and the merging of flags into the engine's settings, the reports a run
 * writes (atomically, several per run, rendered at once), {@code --changed-since} through git, the
 * progress bar, exit codes and the logging set-up. The only place that calls
 * {@link java.lang.System#exit(int)} ({@link dev.copydesk.cli.Main}).
 */
package dev.copydesk.cli;
