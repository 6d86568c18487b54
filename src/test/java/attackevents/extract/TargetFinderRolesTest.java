package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.SharedPipeline;
import attackevents.model.Target;
import attackevents.nlp.Token;
import attackevents.roles.RoleExamplesForTests;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TargetFinder} with a role tagger trained on the hand-made sentences of {@link RoleExamplesForTests}. */
class TargetFinderRolesTest {
    private static ExtractionModels rules;
    private static ExtractionModels tagged;

    @BeforeAll
    static void load() {
        rules = ExtractionModels.load(SharedPipeline.MODELS);
        tagged = rules.withRoles(RoleExamplesForTests.tagger());
    }

    private static SentenceContext context(String... words) {
        return TaggedSentences.context(words);
    }

    /** @return what {@link TargetFinder} finds with these models, given the spans their tagger tags (as in extraction) */
    private static List<Target> targets(ExtractionModels models, SentenceContext ctx) {
        return new TargetFinder(models).find(ctx, RoleCues.tagged(models, ctx.tokens()), List.of());
    }

    private static List<String> texts(List<Target> targets) {
        return targets.stream().map(Target::text).toList();
    }

    @Test
    void taggedTargetsJoinTheRulesOnesAndPerpsDoNot() {
        SentenceContext ctx = context("Rebels/NNS", "toppled/VBD", "the/DT", "power/JJ", "poles/NNS", "near/IN",
                "Arequipa/NNP", "./.");
        assertEquals(List.of(), texts(targets(rules, ctx)));
        List<Target> found = targets(tagged, ctx);
        assertEquals(List.of("power poles"), texts(found));
        assertEquals(19, found.get(0).evidence().start());
        assertEquals(30, found.get(0).evidence().end());
    }

    @Test
    void aSpanTheRulesAlreadyFoundIsNotRepeated() {
        SentenceContext ctx = context("Rebels/NNS", "killed/VBD/kill", "the/DT", "power/JJ", "poles/NNS", "near/IN",
                "Arequipa/NNP", "./.");
        List<String> byRules = texts(targets(rules, ctx));
        assertEquals(List.of("power poles"), byRules);
        assertEquals(byRules, texts(targets(tagged, ctx)));
    }

    @Test
    void aSentenceWithoutTriggerAfterAMentionGivesTheTaggedTargetsAndNothingWithoutATagger() {
        // "toppled" is no trigger: this is the sentence after an attack's, read as its continuation
        SentenceContext ctx = context("Rebels/NNS", "toppled/VBD", "the/DT", "power/JJ", "poles/NNS", "near/IN",
                "Arequipa/NNP", "./.");
        AttackMention continuation = new MentionFinder(tagged, false).continuation(ctx);
        assertEquals(List.of("power poles"), texts(continuation.targets()));
        assertEquals(true, continuation.continuation());
        assertEquals(null, continuation.fatalities());
        assertEquals(null, new MentionFinder(rules, false).continuation(ctx), "no toll and no tagger: no continuation");
    }

    /** @return tokens from "word/POS/NER" triples, lemma the lower-cased word */
    private static List<Token> nerTokens(String... words) {
        List<Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (String w : words) {
            String[] p = w.split("/");
            out.add(new Token(out.size(), p[0], p[0].toLowerCase(), p[1], p[2], at, at + p[0].length()));
            at += p[0].length() + 1;
        }
        return out;
    }

    @Test
    void aTaggedSpanLosesItsCountAndAPersonsTitle() {
        NounPhrases finder = new NounPhrases(rules);
        List<Token> banks = nerTokens("several/JJ/O", "state-owned/JJ/O", "banks/NNS/O");
        assertArrayEquals(new int[] {1, 3}, finder.trimmed(banks, 0, 3));
        List<Token> senator = nerTokens("Senator/NNP/TITLE", "Ernesto/NNP/PERSON", "Samper/NNP/PERSON");
        assertArrayEquals(new int[] {1, 3}, finder.trimmed(senator, 0, 3));
        List<Token> house = nerTokens("house/NN/O", "of/IN/O", "judge/NN/TITLE", "Guillermo/NNP/PERSON",
                "Torre/NNP/PERSON");
        assertArrayEquals(new int[] {0, 5}, finder.trimmed(house, 0, 5), "a person's thing stays whole");
        List<Token> today = nerTokens("HOME/NN/O", "OF/IN/O", "THE/DT/O", "PRESIDENT/NN/O", "TODAY/NN/O");
        assertArrayEquals(new int[] {0, 4}, finder.trimmed(today, 0, 5), "the day is no part of it");
    }

    @Test
    void aDescriptionNextToANamedPersonIsThatPerson() {
        List<Token> tokens = nerTokens("presidential/JJ/O", "candidate/NN/TITLE", "Carlos/NNP/PERSON",
                "Pizarro/NNP/PERSON", "and/CC/O", "a/DT/O", "guard/NN/O", "were/VBD/O", "shot/VBN/O");
        String text = String.join(" ", tokens.stream().map(Token::word).toList());
        attackevents.nlp.Sentence s = new attackevents.nlp.Sentence(0, text, 0, text.length(), tokens, List.of());
        SentenceContext ctx = new SentenceContext(s, text, null, List.of(), List.of());
        Target title = new Target("presidential candidate", ctx.evidence(0, 2));
        Target name = new Target("Carlos Pizarro", ctx.evidence(2, 4));
        Target guard = new Target("guard", ctx.evidence(6, 7));
        assertEquals(List.of(name, guard), new TargetFinder(rules).withoutTitlesOfNamed(ctx,
                List.of(title, name, guard)));
    }
}
