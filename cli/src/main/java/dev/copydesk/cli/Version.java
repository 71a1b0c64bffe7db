package dev.copydesk.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (the build sets it). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"copydesk " + (v == null ? "development build" : v)};
    }
}
