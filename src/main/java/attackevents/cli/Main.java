package attackevents.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attack-events} command: a holder for the subcommands. */
@Command(name = "attack-events",
        mixinStandardHelpOptions = true,
        version = "attack-events 0.1.0",
        description = "Turns news articles into structured records of attacks, and scores them against gold.",
        subcommands = {
                ExtractCommand.class,
                EvaluateCommand.class,
                CleanCommand.class,
                FetchCommand.class,
                SpeedCommand.class,
                BenchmarkCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the configured command line, as tests run it */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .setParameterExceptionHandler(new UserErrorHandler());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand (see --help)");
    }
}
