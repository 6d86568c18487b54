package attackevents.cli;

import picocli.CommandLine;

/**
 * Runs one subcommand on its own, with the same error handling as {@link Main}: for commands not yet listed in
 * {@code Main}'s subcommands ({@code benchmark}, {@code train}), reachable meanwhile as
 * {@code java -cp attack-events.jar attackevents.cli.BenchmarkCommand ...}, and for tests.
 */
final class Standalone {
    private Standalone() {
    }

    /**
     * @param command the command object
     * @return its command line, with the user-error handlers installed
     */
    static CommandLine commandLine(Object command) {
        return new CommandLine(command)
                .setExecutionExceptionHandler(new UserErrorHandler())
                .setParameterExceptionHandler(new UserErrorHandler());
    }
}
