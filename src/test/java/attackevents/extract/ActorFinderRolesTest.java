package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.nlp.Token;
import attackevents.roles.RoleExamplesForTests;
import attackevents.roles.RoleFeatures;
import attackevents.roles.RoleSample;
import attackevents.roles.RoleSpan;
import attackevents.roles.RoleTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ActorFinder} with a role tagger trained in the test: a tagged {@code perp} span is the actor of a
 * sentence whose rules accept none, never in place of one they accept.
 */
class ActorFinderRolesTest {
    private static final String[] NAMES = {"Alpha", "Bravo", "Condor", "Delta", "Eagle", "Falcon", "Gamma", "Hawk",
        "Jaguar", "Kestrel"};
    private static final String[] KINDS = {"power", "telephone", "electric", "wooden", "steel"};

    private static ExtractionModels rules;
    private static ExtractionModels tagged;
    private static ExtractionModels taggedGroups;

    @BeforeAll
    static void load() {
        rules = ExtractionModels.load(SharedPipeline.MODELS);
        tagged = rules.withRoles(RoleExamplesForTests.tagger());
        taggedGroups = rules.withRoles(new RoleTrainer(50, 0).train(securityGuardSentences(), 0.5));
    }

    /** "NAME security guards toppled the KIND poles ." with "NAME security guards" the perp. */
    private static List<RoleSample> securityGuardSentences() {
        List<RoleSample> out = new ArrayList<>();
        for (String name : NAMES) {
            for (String kind : KINDS) {
                List<Token> attack = RoleExamplesForTests.tokens(name + "/NNP", "security/NN", "guards/NNS",
                        "toppled/VBD", "the/DT", kind + "/JJ", "poles/NNS", "./.");
                out.add(RoleFeatures.sample(attack, Set.of(3), Set.of())
                        .withSpans(List.of(new RoleSpan(0, 3, RoleSpan.PERP, 1))));
                List<Token> report = RoleExamplesForTests.tokens(name + "/NNP", "security/NN", "guards/NNS",
                        "inspected/VBD", "the/DT", kind + "/JJ", "report/NN", "./.");
                out.add(RoleFeatures.sample(report, Set.of(), Set.of()));
            }
        }
        return out;
    }

    private static SentenceContext context(String... words) {
        return TaggedSentences.context(words);
    }

    /** @return what {@link ActorFinder} finds with these models, given the spans their tagger tags (as in extraction) */
    private static ActorFinder.Scored actor(ExtractionModels models, SentenceContext ctx) {
        return new ActorFinder(models).find(ctx, RoleCues.tagged(models, ctx.tokens()));
    }

    @Test
    void aTaggedPerpIsTheActorWhenTheRulesFindNone() {
        SentenceContext ctx = context("Rebels/NNS", "toppled/VBD", "the/DT", "power/JJ", "poles/NNS", "near/IN",
                "Arequipa/NNP", "./.");
        assertNull(actor(rules, ctx));
        ActorFinder.Scored found = actor(tagged, ctx);
        assertNotNull(found);
        assertEquals("Rebels", found.actor().text());
        assertEquals("Rebels", found.actor().canonical());
        assertEquals(0, found.actor().evidence().start());
        assertEquals(6, found.actor().evidence().end());
    }

    @Test
    void aTaggedPerpCountsForLessThanANamedActorOfTheRules() {
        SentenceContext tagged = context("Rebels/NNS", "toppled/VBD", "the/DT", "power/JJ", "poles/NNS", "near/IN",
                "Arequipa/NNP", "./.");
        SentenceContext named = context("Shining/NNP", "Path/NNP", "rebels/NNS/rebel", "toppled/VBD", "the/DT",
                "power/JJ", "poles/NNS", "./.");
        ActorFinder.Scored byRules = actor(ActorFinderRolesTest.tagged, named);
        assertEquals("Shining Path", byRules.actor().canonical());
        assertTrue(actor(ActorFinderRolesTest.tagged, tagged).support() < byRules.support());
    }

    @Test
    void theRulesActorIsKeptWhenTheTaggerTagsAnotherPerp() {
        SentenceContext ctx = context("Rebels/NNS", "toppled/VBD", "the/DT", "power/JJ", "poles/NNS", "near/IN",
                "Arequipa/NNP", ",/,", "the/DT", "Shining/NNP", "Path/NNP", "said/VBD", "./.");
        List<RoleSpan> perps = RoleCues.tagged(tagged, ctx.tokens()).stream()
                .filter(s -> s.type().equals(RoleSpan.PERP)).toList();
        assertEquals(List.of(0), perps.stream().map(RoleSpan::start).toList(), "the tagger tags Rebels");
        ActorFinder.Scored found = actor(tagged, ctx);
        assertEquals("Shining Path", found.actor().text());
    }

    @Test
    void aTaggedPerpThatNamesAKnownGroupGetsItsCanonicalName() {
        // "security" after the group's name makes the rules take it for an authority, not the attacker
        SentenceContext ctx = context("ELN/NNP", "security/NN", "guards/NNS", "toppled/VBD", "the/DT", "power/JJ",
                "poles/NNS", "./.");
        assertNull(actor(rules, ctx));
        ActorFinder.Scored found = actor(taggedGroups, ctx);
        assertNotNull(found);
        assertEquals("ELN security guards", found.actor().text());
        assertEquals("National Liberation Army (Colombia)", found.actor().canonical());
    }

    @Test
    void aTaggedPerpThatEndsInNoNounIsNoActor() {
        // a tagger that learnt the all-caps verb "IS" as a perp span (it is the alias of a known group)
        List<RoleSample> samples = new ArrayList<>();
        for (String kind : KINDS) {
            List<Token> t = RoleExamplesForTests.tokens("IT/PRP", "IS/VBZ", "SAID/VBN", "THAT/IN", "THEY/PRP",
                    "TOPPLED/VBD", "THE/DT", kind.toUpperCase() + "/JJ", "POLES/NNS", "./.");
            samples.add(RoleFeatures.sample(t, Set.of(5), Set.of()).withSpans(List.of(new RoleSpan(1, 2,
                    RoleSpan.PERP, 1))));
        }
        ExtractionModels verbTagger = rules.withRoles(new RoleTrainer(50, 0).train(samples, 0.5));
        SentenceContext ctx = context("IT/PRP", "IS/VBZ", "SAID/VBN", "THAT/IN", "THEY/PRP", "TOPPLED/VBD", "THE/DT",
                "POWER/JJ", "POLES/NNS", "./.");
        assertEquals(List.of(1), RoleCues.tagged(verbTagger, ctx.tokens()).stream()
                .filter(sp -> sp.type().equals(RoleSpan.PERP)).map(RoleSpan::start).toList(), "the tagger tags IS");
        assertNull(actor(verbTagger, ctx));
    }

    @Test
    void aTaggedPerpHeadedByABodyThatNeverAttacksIsNoActor() {
        // a tagger that learnt "the Foreign Ministry" as a perp span; "ministry" is a not-actor cue
        List<RoleSample> samples = new ArrayList<>();
        for (String kind : KINDS) {
            List<Token> t = RoleExamplesForTests.tokens("the/DT", "Foreign/NNP", "Ministry/NNP/ministry",
                    "condemned/VBD", "the/DT", "attack/NN", "on/IN", "the/DT", kind + "/JJ", "poles/NNS", "./.");
            samples.add(RoleFeatures.sample(t, Set.of(5), Set.of()).withSpans(List.of(new RoleSpan(1, 3,
                    RoleSpan.PERP, 1))));
        }
        ExtractionModels ministryTagger = rules.withRoles(new RoleTrainer(50, 0).train(samples, 0.5));
        SentenceContext ctx = context("the/DT", "Foreign/NNP", "Ministry/NNP/ministry", "condemned/VBD", "the/DT",
                "attack/NN", "on/IN", "the/DT", "power/JJ", "poles/NNS", "./.");
        assertEquals(List.of(1), RoleCues.tagged(ministryTagger, ctx.tokens()).stream()
                .filter(sp -> sp.type().equals(RoleSpan.PERP)).map(RoleSpan::start).toList(),
                "the tagger tags the Foreign Ministry");
        assertNull(actor(ministryTagger, ctx));
    }
}
