/**
 * The run's configuration model: {@link dev.copydesk.core.config.Config}, read from a
 * {@code copydesk.yml} by {@link dev.copydesk.core.config.ConfigReader} and validated against the
 * checks' own metadata, so a broken file fails with its path, line and column before anything is
 * checked; {@link dev.copydesk.core.config.ConfigFiles} finds the file, and
 * {@link dev.copydesk.core.config.Baseline} records known findings by fingerprint. Nothing here
 * knows of the command line.
 */
package dev.copydesk.core.config;
