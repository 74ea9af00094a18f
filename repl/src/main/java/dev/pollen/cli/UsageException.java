package dev.pollen.cli;

/**
 * The command line is wrong: an unknown option, a bad value, a missing operand. The message is one
 * line that names the culprit; the command prints it with a hint to see {@code --help} and exits 2
 * without running anything.
 */
final class UsageException extends Exception {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
