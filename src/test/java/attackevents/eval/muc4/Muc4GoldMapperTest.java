package attackevents.eval.muc4;

import static attackevents.eval.muc4.Muc4TestFiles.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.eval.GoldArticle;
import attackevents.eval.GoldEvent;
import attackevents.eval.GoldPlace;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each row of the mapping table of muc4-mapping.md, on templates quoted from the keys. */
class Muc4GoldMapperTest {
    private static void assertRange(int min, Integer max, Count c) {
        assertEquals(min, c.min(), "min");
        assertEquals(max, c.max(), "max");
    }

    private static GoldEvent only(String template) {
        List<GoldArticle> gold = Muc4GoldMapper.toGold(Muc4TemplateParser.parse(template, "inline"));
        assertEquals(1, gold.size());
        assertEquals(1, gold.get(0).events().size());
        return gold.get(0).events().get(0);
    }

    private static String template(String... slotLines) {
        return "0.  MESSAGE: ID   TST9-MUC4-0001\n1.  MESSAGE: TEMPLATE   1\n" + String.join("\n", slotLines) + "\n";
    }

    @Test
    void devKeysOneArticlePerMessageAndNoEventsForTheStarTemplate() throws IOException {
        List<GoldArticle> gold = Muc4Gold.read(snippet("key-dev-0001-0004.muc4"));

        assertEquals(List.of("DEV-MUC3-0001", "DEV-MUC3-0002", "DEV-MUC3-0003", "DEV-MUC3-0004"),
                gold.stream().map(GoldArticle::article).toList());
        assertEquals(List.of(2, 0, 0, 1), gold.stream().map(a -> a.events().size()).toList());
        assertTrue(gold.stream().allMatch(a -> a.published() == null));

        GoldEvent kidnapping = gold.get(0).events().get(0);
        assertEquals(AttackType.KIDNAPPING, kidnapping.type());
        assertEquals(List.of("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"), kidnapping.actor());
        assertEquals(List.of(List.of("PEASANTS")), kidnapping.targets());
        assertEquals(new GoldPlace(List.of("SAN LUIS DE LA REINA"), "EL SALVADOR"), kidnapping.place());
        assertNull(kidnapping.fatalities(), "50 peasants kidnapped, no effect: no toll");
        assertNull(kidnapping.injured());
        assertEquals(DateSpan.on(LocalDate.of(1989, 12, 30)).from(), kidnapping.date().from());
        assertFalse(kidnapping.optional());
        assertFalse(kidnapping.suicide());

        GoldEvent attack = gold.get(0).events().get(1);
        assertEquals(AttackType.ARMED_ASSAULT, attack.type());
        assertEquals(List.of("TERRORIST"), attack.actor(), "no organisation: the (uncertain) individual");
        assertEquals(List.of(List.of("LAS CANAS BRIDGE"), List.of("NATIONAL GUARD UNITS")), attack.targets());
        assertNull(attack.fatalities(), "NO INJURY OR DEATH");
    }

    @Test
    void optionalTemplateWithNamedTiedAndUntiedHumanTargets() throws IOException {
        GoldEvent e = Muc4Gold.read(snippet("key-dev-0001-0004.muc4")).get(3).events().get(0);

        assertTrue(e.optional());
        assertEquals(List.of("AIR FORCE"), e.actor());
        assertEquals(List.of(List.of("ARNULFO ROMERO", "MONSIGNOR"), List.of("SALVADORANS"), List.of("JESUIT PRIESTS")),
                e.targets());
        assertEquals(new GoldPlace(List.of(), "EL SALVADOR"), e.place());
        assertNull(e.date().from(), "- 08 JAN 90 is unbounded below");
        assertEquals(LocalDate.of(1990, 1, 8), e.date().to());
        assertRange(1 + 70000 + 2, null, e.fatalities()); // 1: ROMERO, 70000: SALVADORANS, PLURAL: JESUIT PRIESTS
        assertNull(e.injured());
    }

    @Test
    void testKeysDescriptionTiedToANameAndDeathOfOneTarget() throws IOException {
        List<GoldArticle> gold = Muc4Gold.read(snippet("key-tst1-0001-0002.muc4"));
        GoldEvent e = gold.get(0).events().get(0);

        assertEquals(List.of(List.of("\"SANTO TOMAS\" PRESIDENTIAL FARM", "PRESIDENTIAL FARM"),
                List.of("CEREZO", "PRESIDENT"), List.of("CIVILIAN")), e.targets());
        assertRange(1, 1, e.fatalities()); // DEATH: "CIVILIAN", NO INJURY: "CEREZO"
        GoldEvent range = gold.get(1).events().get(0);
        assertEquals(LocalDate.of(1990, 2, 17), range.date().from());
        assertEquals(LocalDate.of(1990, 2, 18), range.date().to());
    }

    @Test
    void theSameDescriptionTwiceCarriesTwoTolls() throws IOException {
        GoldEvent e = Muc4Gold.read(snippet("key-dev-0548-repeated-target.muc4")).get(0).events().get(0);

        assertEquals(List.of(List.of("PEASANTS"), List.of("PEASANTS")), e.targets());
        assertRange(1, 26, e.fatalities()); // -26: first PEASANTS, DEATH: first PEASANTS
        assertRange(1, 15, e.injured());   // -15: second PEASANTS, INJURY: second PEASANTS
    }

    @Test
    void numberAlternativesAreCoveredAndSummedOverTheDead() throws IOException {
        GoldEvent e = Muc4Gold.read(snippet("key-dev-0058-number-alternatives.muc4")).get(0).events().get(0);

        assertEquals(List.of(List.of("MEN OF CAYARA"), List.of("PEASANTS FROM THE CAYARA AREA", "MEN")), e.targets());
        assertRange(2, null, e.fatalities());
        assertEquals(List.of("ARMY"), e.actor());
    }

    @Test
    void typeTable() {
        assertEquals(AttackType.OTHER, only(template("4.  INCIDENT: TYPE   ROBBERY")).type());
        assertEquals(AttackType.OTHER, only(template("4.  INCIDENT: TYPE   FORCED WORK STOPPAGE")).type());
        assertEquals(AttackType.ARSON, only(template("4.  INCIDENT: TYPE   ARSON")).type());
        assertEquals(AttackType.BOMBING, only(template("4.  INCIDENT: TYPE   BOMBING / ATTACK")).type());
        assertEquals(AttackType.BOMBING, only(template("4.  INCIDENT: TYPE   BOMBING",
                "5.  INCIDENT: STAGE OF EXECUTION   ATTEMPTED")).type(), "an attempt keeps its type");
        assertNull(only(template("4.  INCIDENT: TYPE   -")).type());
    }

    @Test
    void locationAlternativesGiveEveryMostSpecificName() {
        GoldEvent e = only(template("3.  INCIDENT: LOCATION   (EL SALVADOR: SAN SALVADOR (CITY)) / "
                + "(EL SALVADOR: SAN MIGUEL (CITY)) / (EL SALVADOR)"));
        assertEquals(new GoldPlace(List.of("SAN SALVADOR", "SAN MIGUEL"), "EL SALVADOR"), e.place());
        assertNull(only(template("3.  INCIDENT: LOCATION   -")).place());
    }

    @Test
    void allOrganisationFillersAreAcceptableNamesForTheActor() {
        GoldEvent e = only(template("9.  PERP: INDIVIDUAL ID   \"GUERRILLAS\"",
                "10. PERP: ORGANIZATION ID   \"SHINING PATH\"",
                "                            ? \"MRTA\" / \"TUPAC AMARU REVOLUTIONARY MOVEMENT\""));
        assertEquals(List.of("SHINING PATH", "MRTA", "TUPAC AMARU REVOLUTIONARY MOVEMENT"), e.actor());
    }

    @Test
    void injuryAndDeathOfDifferentTargetsAndAnEffectOnNoTarget() {
        GoldEvent e = only(template("19. HUM TGT: DESCRIPTION   \"POLICEMEN\"", "   \"PASSERSBY\"",
                "21. HUM TGT: NUMBER   3: \"POLICEMEN\"", "   PLURAL: \"PASSERSBY\"",
                "23. HUM TGT: EFFECT OF INCIDENT   DEATH: \"POLICEMEN\"", "   INJURY: \"PASSERSBY\"",
                "   NO DEATH: \"-\""));
        assertRange(3, 3, e.fatalities());
        assertRange(2, null, e.injured());
    }

    @Test
    void aCrossReferenceGoesToTheTargetItFitsBest() {
        // DEV-MUC3-0415 (key-dev-0401): the dead "PERSON" is the first target, not the 86 "OTHERS" / "PERSON"
        GoldEvent e = only(template("19. HUM TGT: DESCRIPTION   \"PERSON\"", "   \"OTHERS\" / \"PERSON\"",
                "21. HUM TGT: NUMBER   1: \"PERSON\"", "   86: \"OTHERS\" / \"PERSON\"",
                "23. HUM TGT: EFFECT OF INCIDENT   INJURY: \"OTHERS\" / \"PERSON\"", "   DEATH: \"PERSON\""));
        assertRange(1, 1, e.fatalities());
        assertRange(86, 86, e.injured());
        // DEV-MUC3-0419: the injured "PEOPLE" are the 12 listed as "PEOPLE", the dead one "PEOPLE" / "PERSON"
        e = only(template("19. HUM TGT: DESCRIPTION   \"PEOPLE\" / \"PERSON\"", "   \"PEOPLE\"",
                "21. HUM TGT: NUMBER   1: \"PEOPLE\" / \"PERSON\"", "   12: \"PEOPLE\"",
                "23. HUM TGT: EFFECT OF INCIDENT   INJURY: \"PEOPLE\"", "   DEATH: \"PEOPLE\" / \"PERSON\""));
        assertRange(1, 1, e.fatalities());
        assertRange(12, 12, e.injured());
    }
}
