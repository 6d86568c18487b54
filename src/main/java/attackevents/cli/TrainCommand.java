package attackevents.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code train} command: a holder for what can be trained ({@code train relevance}, {@code train roles}). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from gold-labelled texts.",
        subcommands = {TrainRelevanceCommand.class, TrainRolesCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;


    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to train (relevance, roles)");
    }
}
