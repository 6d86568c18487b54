package attackevents.eval;

import java.util.Objects;

/**
 * One system's evaluation in a benchmark table.
 *
 * @param name       the run's name as shown in the table (e.g. {@code ours}, {@code ge-1992})
 * @param evaluation its scores against the shared gold
 */
public record BenchmarkRun(String name, Evaluation evaluation) {
    public BenchmarkRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evaluation, "evaluation");
        if (name.isBlank()) {
            throw new IllegalArgumentException("run name is blank");
        }
    }
}
