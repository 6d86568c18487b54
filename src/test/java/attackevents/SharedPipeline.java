package attackevents;

import java.nio.file.Path;

/** One pipeline for the whole test run: models load once per JVM, as in production. */
public final class SharedPipeline {
    /** The project's models folder (tests run from the project root). */
    public static final Path MODELS = Path.of("models");
    /** The shared data folder beside the project, absent on a clone of the project alone. */
    public static final Path SHARED = Path.of("..", "shared");

    private static AttackEvents pipeline;

    private SharedPipeline() {
    }

    /** @return the pipeline, built on first use */
    public static synchronized AttackEvents get() {
        if (pipeline == null) {
            pipeline = AttackEvents.create(PipelineConfig.defaults(MODELS));
        }
        return pipeline;
    }
}
