package attackevents.extract;

import static attackevents.extract.ExtractedText.extract;
import static attackevents.extract.ExtractedText.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Target;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules in {@code models/lexicon/*.tsv} at work on sentences written for these tests: triggers and their
 * types, irrealis cues, responsibility and attacker cues, victim markers, umbrella instances, subgroups.
 */
class EventExtractorTest {
    @Test
    void victimsNamedFurtherOnAreTheLastIncidentsTargets() {
        List<AttackEvent> events = extract("A bomb exploded at a gas station in Bogota on Monday, wounding three "
                + "people.\n\nThe government condemned the violence and promised a full investigation.\n\nThe mayor "
                + "said the city would pay for the repairs.\n\nAmong the injured are Heriberto Lopez Gonzalez, 53; "
                + "Noralba Beltran, 23; and Gloria Carranza, 25.");
        assertEquals(1, events.size(), events.toString());
        List<String> targets = events.get(0).targets().stream().map(Target::text).toList();
        assertEquals(List.of("gas station", "Heriberto Lopez Gonzalez", "Noralba Beltran", "Gloria Carranza"),
                targets);
    }

    @Test
    void suicideBombingWithPlaceTollAndRelativeDate() {
        List<AttackEvent> events = extract(
                "A suicide bomber detonated his vest outside a police station in Kandahar on Monday, killing eight "
                        + "people and wounding 14 others.");
        assertEquals(1, events.size(), events.toString());
        AttackEvent e = events.get(0);
        assertEquals(AttackType.BOMBING, e.type());
        assertTrue(e.suicide());
        assertEquals("Kandahar", e.place().name());
        assertEquals("Afghanistan", e.place().country());
        assertEquals(8, e.fatalities().min());
        assertEquals(14, e.injured().min());
        assertEquals(LocalDate.of(2023, 3, 13), e.date().from());
        assertTrue(e.place().evidence().sentence().contains("Kandahar"));
    }

    @Test
    void theDateOfAReportOfTheAttackIsNotAnotherIncident() {
        // "said on Tuesday that" dates the statement: still the one assassination, on Monday
        List<AttackEvent> events = extract("Gunmen assassinated the mayor of Kandahar, Ahmad Karimi, on Monday. "
                + "Police said on Tuesday that the gang who carried out the assassination of Ahmad Karimi was known "
                + "to them.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(LocalDate.of(2023, 3, 13), events.get(0).date().from());
    }

    @Test
    void aDefiniteMentionOfTheIncidentJustToldIsThatIncidentThoughItsPlaceAndDateDiffer() {
        String first = "Guerrillas kidnapped 50 peasants in San Miguel Department on Monday. ";
        assertEquals(1, extract(first + "The mass kidnapping took place on 30 December in San Luis de la Reina.")
                .size());
        assertEquals(2, extract(first + "A mass kidnapping of 30 farmers took place on 30 December in San Luis de la "
                + "Reina.").size(), "an indefinite one tells another incident");
    }

    @Test
    void deathsThatWouldHaveBeenAreNoToll() {
        AttackEvent e = extract("A car bomb exploded outside a police station in Kandahar on Monday. "
                + "The bomb could have killed dozens of people, police said.").get(0);
        assertEquals(null, e.fatalities(), e.toString());
        e = extract("A car bomb exploded outside a police station in Kandahar on Monday, killing dozens of people.")
                .get(0);
        assertEquals(24, e.fatalities().min(), "the same toll, told as fact");
    }

    @Test
    void shootingIsAnArmedAssault() {
        AttackEvent e = extract("Gunmen opened fire on a wedding party in Peshawar, killing 12 guests.").get(0);
        assertEquals(AttackType.ARMED_ASSAULT, e.type());
        assertEquals(12, e.fatalities().min());
        assertEquals("Peshawar", e.place().name());
        assertTrue(e.targets().stream().anyMatch(t -> t.text().contains("wedding party")), e.targets().toString());
    }

    @Test
    void firingOnPeopleIsAnArmedAssaultButAFireAtAPlantIsNot() {
        // "fire at/on" is weak: it needs an attacker or a casualty word beside it
        AttackEvent e = extract("Rebels fired on a bus near Chalatenango, wounding three passengers.").get(0);
        assertEquals(AttackType.ARMED_ASSAULT, e.type());
        assertEquals(3, e.injured().min());
        assertTrue(extract("A fire at a chemical plant near Chalatenango forced the evacuation of the town.").isEmpty());
    }

    @Test
    void aDescribedAttackerIsTheSubjectOfAVerbThatOpensTheAttack() {
        AttackEvent e = extract("Soldiers began shooting at students in San Salvador today, wounding six persons.")
                .get(0);
        assertEquals("Soldiers", e.actor() == null ? null : e.actor().text(), e.toString());
    }

    @Test
    void aDescribedAttackerIsTheSubjectOfAnAgentVerbOrTheBandAfterBy() {
        // "threw" is no attack word, but says who carried out the bombing
        AttackEvent e = extract("Unidentified individuals threw three dynamite charges at the embassy in Lima, "
                + "injuring a passerby.").get(0);
        assertEquals("Unidentified individuals", e.actor().text(), e.toString());
        e = extract("Three engineers were kidnapped by a group of guerrillas near Arauca on Monday.").get(0);
        assertEquals("group of guerrillas", e.actor().text(), e.toString());
    }

    @Test
    void countedMenAreTheAttackersOnlyAsTheAgentOfAnAttack() {
        // "men" is a counted-agent cue: counted and before an attack verb, they are the actor, described in full
        AttackEvent e = extract("Two heavily armed men opened fire on a bus in Medellin on Tuesday.").get(0);
        assertEquals("Two heavily armed men", e.actor().text(), e.toString());
        e = extract("A bomb exploded in a market in Medellin on Tuesday. Three men died.").get(0);
        assertNull(e.actor(), e.toString());
    }

    @Test
    void mortarAndRocketFireIsAnArmedAssaultAndAPlantedBombABombing() {
        // fired from afar, like the air raids: MUC-4 files them under GUN and PROJECTILE, as an ATTACK
        AttackEvent e = extract("Rebels fired mortar rounds at the garrison in Chalatenango, killing two soldiers.")
                .get(0);
        assertEquals(AttackType.ARMED_ASSAULT, e.type());
        e = extract("A bomb planted under a car exploded in Chalatenango, killing two soldiers.").get(0);
        assertEquals(AttackType.BOMBING, e.type());
    }

    @Test
    void threatsAndPlansAreNotAttacks() {
        assertTrue(extract("The group threatened to attack the capital and vowed more bombings.").isEmpty());
    }

    @Test
    void theMonthMayIsNoModal() {
        List<AttackEvent> events = extract("On 5 May a bomb killed ten people in Kabul.");
        assertEquals(1, events.size(), "'May' the month is no irrealis 'may': " + events);
        assertEquals(LocalDate.of(2022, 5, 5), events.get(0).date().from(), "the last 5 May before publication");
        assertEquals(10, events.get(0).fatalities().min());
    }

    @Test
    void theModalMayStillSpeaksOfWhatHasNotHappened() {
        assertTrue(extract("Officials said the militants may bomb the airport in Kabul.").isEmpty());
    }

    @Test
    void aWeakTriggerNeedsACasualtyOrAnAttackerNotATarget() {
        assertTrue(extract("An explosion at a chemical plant in Tianjin shook the port on Monday.").isEmpty(),
                "a target alone does not make an explosion an attack");
        List<AttackEvent> events = extract("An explosion at a market in Tianjin killed six people on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(6, events.get(0).fatalities().min());
    }

    @Test
    void theCountryAnArticleNamesByItsPeopleIsThePlaceOfAnAttackThatNamesNone() {
        AttackEvent e = extract("The Honduran government today condemned the murder of Salvadoran presidency "
                + "minister Antonio Rodriguez Porth by Salvadoran urban guerrillas.").get(0);
        assertEquals("El Salvador", e.place().country());
        assertNull(e.place().name());
        assertEquals("Salvadoran", e.place().evidence().sentence().substring(e.place().evidence().start(),
                e.place().evidence().end()));
    }

    @Test
    void aCountryBeforeAnAdjectiveOrATitleSaysWhoseNotWhere() {
        for (String text : List.of("Gunmen attacked a residence of U.S. military advisers on Monday.",
                "Gunmen shot dead two U.S. Mormon missionaries on Monday.",
                "Gunmen fired on U.S. Ambassador William Walker on Monday.")) {
            AttackEvent e = extract(text).get(0);
            assertTrue(e.place() == null || !"United States".equals(e.place().country()), text + ": " + e.place());
        }
    }

    @Test
    void aHyphenJoinsAWordToItsModifier() {
        assertEquals(List.of("well-known banker"),
                targets("Gunmen murdered a well-known banker in Guatemala City on Monday."));
    }

    @Test
    void anAdjectiveHeadsNoTarget() {
        assertEquals(List.of("judge"), targets("A bomb exploded in Madrid on Monday, killing a judge; some blamed the "
                + "attack on the far-right."));
    }

    @Test
    void theAmericanOfLatinAmericanNamesNoCountry() {
        AttackEvent e = extract("Latin American governments and Latin American bishops today condemned the murder of "
                + "Salvadoran minister Antonio Rodriguez Porth.").get(0);
        assertEquals("El Salvador", e.place().country());
    }

    @Test
    void aCountryBeforeAWordOfADateIsStillThePlace() {
        AttackEvent e = extract("Rebels attacked a police post in Peru last week.").get(0);
        assertEquals("Peru", e.place().country());
    }

    @Test
    void anAccidentDeniedIsNoAccident() {
        assertEquals(1, extract("Police said the blast at the market in Kabul on Monday, which wounded six people, "
                + "was no accident.").size());
    }

    @Test
    void aKnownGroupTheAttackVerbTakesAsItsObjectIsNoActor() {
        AttackEvent e = extract("Guerrillas attacked National Guard units in San Miguel on Monday.").get(0);
        assertEquals("Guerrillas", e.actor().text());
    }

    @Test
    void theFirstOfTheListedPlacesWinsThoughTheGazetteerKnowsALaterOneAsATown() {
        AttackEvent e = extract("Rebels attacked public facilities in Huarpacha, Ambo, Tomayquichua and Kichki, in "
                + "Huanuco department, on Monday.").get(0);
        assertEquals("Huarpacha", e.place().name());
    }

    @Test
    void terroristsWhoAttackedAreTheSubjectOfTheVerbNotPartOfAnAttackWord() {
        AttackEvent e = ExtractedText.only("Terrorists attacked a police post in Cajamarca on Monday.");
        assertEquals("Terrorists", e.actor().text());
        assertEquals(List.of("police post"), e.targets().stream().map(Target::text).toList());
    }

    @Test
    void anotherExplosionAfterAnAttackIsAnotherAttack() {
        String first = "A grenade exploded on a bus in Guatemala City today, killing one person. ";
        List<AttackEvent> events = extract(first + "Another explosion took place in front of a church in Zone 5. "
                + "Three vehicles were damaged.");
        assertEquals(2, events.size(), events.toString());
        assertEquals(1, extract(first + "An explosion took place in front of a church in Zone 5. "
                + "Three vehicles were damaged.").size(), "a weak trigger with no cue of another incident");
        assertTrue(extract("Another explosion took place in front of a church in Zone 5. Three vehicles were damaged.")
                .isEmpty(), "no attack told before");
    }

    @Test
    void deathsInAnAccidentAreNoAttackUnlessABombCausedIt() {
        assertTrue(extract("The crash killed 120 of the 137 passengers who were travelling to Tegucigalpa.").isEmpty());
        assertTrue(extract("An explosion in a mine near Tianjin killed six workers in an accident on Monday.").isEmpty());
        List<AttackEvent> events = extract("Police confirmed that a bomb caused the plane crash near Bogota on Monday, "
                + "which killed 107 people.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type());
    }

    @Test
    void claimOfResponsibilityNamesTheActorWithItsCanonicalName() {
        AttackEvent e = extract("ISKP claimed responsibility for the bombing of a mosque in Kunduz that killed "
                + "46 worshippers.").get(0);
        assertEquals("ISKP", e.actor().text());
        assertEquals("Islamic State Khorasan Province", e.actor().canonical());
        assertEquals(46, e.fatalities().min());
    }

    @Test
    void aGroupNamedAsTheTargetOrAsAuthoritiesIsNotTheActor() {
        List<AttackEvent> events = extract("Taliban security forces said a roadside bomb killed four soldiers "
                + "in Helmand on Tuesday.");
        assertEquals(1, events.size(), events.toString());
        assertNull(events.get(0).actor(), String.valueOf(events.get(0).actor()));
    }

    @Test
    void anUmbrellaThatListsAttacksGivesOneEventPerListedAttack() {
        List<AttackEvent> events = extract("The Afghan branch of the Islamic State group claimed a wave of "
                + "bombings last month, including one at a market in Mazar-i-Sharif that killed 20 people, and one "
                + "in Jalalabad that killed a provincial governor.");
        assertEquals(2, events.size(), events.toString());
        assertEquals("Mazar-i-Sharif", events.get(0).place().name());
        assertEquals(20, events.get(0).fatalities().min());
        assertEquals("Jalalabad", events.get(1).place().name());
        assertEquals("Afghan branch of the Islamic State group", events.get(1).actor().text());
        assertEquals(LocalDate.of(2023, 2, 1), events.get(1).date().from());
    }

    @Test
    void anotherAttackElsewhereIsAnotherEvent() {
        List<AttackEvent> events = extract("A car bomb exploded near a hotel in Mogadishu on Sunday, killing nine "
                + "people. Al-Shabaab claimed the attack. In a separate attack, gunmen stormed a police post in "
                + "Baidoa, killing three officers.");
        assertEquals(2, events.size(), events.toString());
        assertEquals("al-Shabaab", events.get(0).actor().canonical());
        assertNotEquals(events.get(0).place().name(), events.get(1).place().name());
        assertEquals(3, events.get(1).fatalities().min());
    }

    @Test
    void anAttackToldWithAlsoIsAnotherIncidentOfTheSamePlaceAndDay() {
        List<AttackEvent> events = extract("On Monday guerrillas attacked the police base in Uchiza with grenade "
                + "launchers. They also attacked three pharmacies and the registry office.");
        assertEquals(2, events.size(), events.toString());
        AttackEvent also = events.get(1);
        assertTrue(also.targets().stream().anyMatch(t -> t.text().contains("pharmacies")), also.toString());
        assertEquals("Uchiza", also.place().name(), "where the incident before happened");
        assertEquals(events.get(0).date(), also.date());
        // a death told with "also" is one more of the same attack
        assertEquals(1, extract("On Monday guerrillas attacked the police base in Uchiza. A policeman also died.")
                .size());
    }

    @Test
    void aSentenceOpenedByMeanwhileTellsAnotherIncident() {
        String first = "On Monday guerrillas attacked the police base in Uchiza. ";
        assertEquals(2, extract(first + "Meanwhile, guerrillas attacked a bank in the town.").size());
        assertEquals(1, extract(first + "Then the guerrillas attacked a bank in the town.").size());
    }

    @Test
    void severalTypesInOneIncidentGiveTheOneThatComesFirstInAttackTypePrecedence() {
        List<AttackEvent> events = extract("A car bomb assassinated the mayor of Gao on Saturday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ASSASSINATION, events.get(0).type(), "assassination before bombing");
    }

    @Test
    void kidnappingAndNamedVictims() {
        AttackEvent e = extract("Militants kidnapped the mayor of Gao, Ibrahim Maiga, on Saturday.").get(0);
        assertEquals(AttackType.KIDNAPPING, e.type());
        assertFalse(e.targets().isEmpty());
    }

    @Test
    void aPersonShotIsTheVictimNotTheActor() {
        // "shoot" is a victim-marker cue: the name after "shot" is the target, and the gunmen stay the actor
        AttackEvent e = extract("Gunmen shot Carlos Ramirez in Medellin on Tuesday.").get(0);
        assertEquals(List.of("Carlos Ramirez"), e.targets().stream().map(t -> t.text()).toList());
        assertEquals("Gunmen", e.actor().text());
    }

    @Test
    void theTargetOfAnAttackMayComeAfterWhenAndByWhomItWasStaged() {
        AttackEvent e = extract("A guard was wounded in the attack staged by urban guerrilla commandos on the "
                + "government house in San Salvador.").get(0);
        assertTrue(e.targets().stream().anyMatch(t -> t.text().equals("government house")), e.toString());
    }

    @Test
    void eachPersonOfAListOfNamedVictimsCountsOnce() {
        AttackEvent e = extract("Gunmen killed Hector Oqueli Colindres and Gilda Flores in Guatemala City on "
                + "Friday.").get(0);
        assertEquals(2, e.fatalities().min(), e.toString());
    }

    @Test
    void otherTargetsToldApartFromAnAttackAreAnotherAttack() {
        List<AttackEvent> events = extract("A bomb exploded at the town hall of Medellin on Tuesday, the police said. "
                + "The building was evacuated and the streets around it were closed for the day. "
                + "The authorities also reported that a bomb exploded at a branch of the Banco de Bogota in Medellin.");
        assertEquals(2, events.size(), events.toString());
        events = extract("A bomb exploded at the town hall of Medellin on Tuesday, the police said. "
                + "The building was evacuated and the streets around it were closed for the day. "
                + "The bomb that exploded at the old town hall had been left in a car.");
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void thePeopleNamedAsTheVictimsAreTargets() {
        // "victims" is a victim-noun cue: the people named after "were identified as" are the targets
        AttackEvent e = extract("Gunmen killed five peasants in Segovia on Tuesday. The victims were identified as "
                + "Jose Manuel Jimenez, Pedro Rafael Cortez and Jose Lacides Ordonez.").get(0);
        List<String> targets = e.targets().stream().map(t -> t.text()).toList();
        assertTrue(targets.containsAll(List.of("Jose Manuel Jimenez", "Pedro Rafael Cortez", "Jose Lacides Ordonez")),
                targets.toString());
    }

    @Test
    void thePeopleListedAfterATollAndAColonAreTargets() {
        AttackEvent e = extract("Shining Path guerrillas attacked the police post of Uchiza on Tuesday. The following "
                + "policemen died in combat: Major Carlos Farfan Correa, Captain Walter Moscoso Cardenas, and Lieutenant "
                + "Walter Renguifo Lopez.").get(0);
        List<String> targets = e.targets().stream().map(t -> t.text()).toList();
        assertTrue(targets.containsAll(List.of("Carlos Farfan Correa", "Walter Moscoso Cardenas", "Walter Renguifo Lopez")),
                targets.toString());
    }

    @Test
    void whatABombWentOffNearIsItsTarget() {
        AttackEvent e = extract("A bomb exploded near the town hall of Medellin on Tuesday.").get(0);
        assertTrue(e.targets().stream().anyMatch(t -> t.text().startsWith("town hall")), e.toString());
    }

    @Test
    void aWeakTriggerIsSupportedByTheCasualtiesOfTheNextSentence() {
        List<AttackEvent> events = extract("Three strong explosions occurred last night in Medellin. At least five "
                + "people were wounded.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type());
        assertEquals(5, events.get(0).injured().min());
    }

    @Test
    void aWeakTriggerWithNoSupportNearbyIsNoAttack() {
        assertEquals(List.of(), extract("An explosion was heard at a chemical plant in Texas last night. The fire "
                + "brigade arrived within minutes."));
    }

    @Test
    void anAttackerKillingSomeoneIsAnAttackWithNoAttackWord() {
        List<AttackEvent> events = extract("A group of unidentified individuals today killed Angela de Guerrero, "
                + "the wife of a colonel, in northern Bogota.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(0).type());
        assertEquals(1, events.get(0).fatalities().min());
    }

    @Test
    void anAttackerDestroyingSomethingIsAnAttackOfNoToldKind() {
        List<AttackEvent> events = extract("The guerrillas have destroyed at least 10 power transmission towers in "
                + "Chalatenango.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(null, events.get(0).type(), "destroying says not how");
        assertEquals("guerrillas", events.get(0).actor().text(), "the subject of a perfect is its agent");
        assertEquals(List.of("power transmission towers"), events.get(0).targets().stream().map(t -> t.text()).toList(),
                "the object of a perfect is its target");
        assertEquals(List.of(), extract("Residents have destroyed the old bridge in Kabul."), "no attacker, no attack");
    }

    @Test
    void anAttackerWoundingACountOpenedByAtLeastIsAnAttack() {
        List<AttackEvent> events = extract("The rebels have wounded at least 12 people in Kabul.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(12, events.get(0).injured().min());
    }

    @Test
    void attackersWhoDiedAreNoAttack() {
        assertEquals(List.of(), extract("Four guerrillas died in the mountains of Huila last week."));
    }

    @Test
    void blowingUpAndBurningAreAttacks() {
        // "blow up" and "burn" (weak: it needs an attacker or a casualty) in models/lexicon/attack-triggers.tsv
        List<AttackEvent> events = extract("Rebels blew up two high-voltage towers in Usulutan on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type());
        events = extract("Terrorists burned a mass transit bus in Guatemala City on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARSON, events.get(0).type());
        assertEquals(List.of(), extract("The farmers burned the stubble of their fields on Monday."));
    }

    @Test
    void aKillingIsTheAttackOnlyInAnArticleWithNoOtherAttackWord() {
        // "kill" is a fallback trigger in models/lexicon/attack-triggers.tsv
        List<AttackEvent> events = extract("Trade union leader Jorge Diaz was killed today in Soyapango.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(0).type());
        // the noun too: its lemma is "killing", not "kill"
        events = extract("The minister condemned the killing of Josef Piescher, a development worker, in Lima on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(0).type());
        events = extract("A car bomb exploded near a hotel in Kabul on Monday. Last year the group killed a "
                + "senator in Herat.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type());
    }

    @Test
    void bombsFromTheAirAreAnArmedAssault() {
        // "helicopter" is an aircraft cue in models/lexicon/event-cues.tsv
        List<AttackEvent> events = extract("Army helicopters bombed the village of Perquin on Monday, killing three "
                + "peasants.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(0).type());
        events = extract("Rebels blew up a private plane at the airport of Monteria on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type(), "the plane is the target, not the attacker");
    }

    @Test
    void strafingIsAnArmedAssault() {
        List<AttackEvent> events = extract("Air force helicopters strafed the village of Perquin on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(0).type());
    }

    @Test
    void anArmedForceThatBombsMakesAnArmedAssault() {
        // "battalion" is an armed-force cue in models/lexicon/event-cues.tsv
        List<AttackEvent> events = extract("The Arce battalion indiscriminately bombed the village of Perquin on "
                + "Monday, killing three peasants.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(0).type());
        events = extract("The army said that a bomb exploded at the village school of Perquin on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type(), "the army is no subject of the bomb");
    }

    @Test
    void anAttackWithExplosivesIsABombing() {
        // "explosive" is a weak bombing trigger in models/lexicon/attack-triggers.tsv; "attack" says no type
        List<AttackEvent> events = extract("Gunmen attacked the Salvadoran embassy in Lima with explosives on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type());
        assertEquals(List.of(), extract("Police seized two tons of explosives in a warehouse in Lima on Monday."));
    }

    @Test
    void inCapitalsAShortNameIsTheGroupWhereItIsANoun() {
        List<AttackEvent> eln = extract("BOGOTA, 21 FEB 90 -- GUERRILLAS OF THE ELN MURDERED A POLICE INSPECTOR "
                + "IN THE TOWN OF SAN ALBERTO.");
        assertEquals(1, eln.size(), eln.toString());
        assertEquals("National Liberation Army (Colombia)", eln.get(0).actor().canonical());
        List<AttackEvent> verb = extract("BOGOTA, 21 FEB 90 -- THE POLICE SAID IT IS CERTAIN THAT A BOMB EXPLODED "
                + "AT THE TELEPHONE OFFICE IN MEDELLIN.");
        assertEquals(1, verb.size(), verb.toString());
        assertNull(verb.get(0).actor(), "the verb IS is not the Islamic State");
    }

    @Test
    void aMannerIsNoTarget() {
        List<AttackEvent> manner = extract("SAN SALVADOR, 16 MAY 89 -- SIX JESUITS WERE MURDERED IN A LOWLY AND "
                + "WICKED MANNER.");
        assertEquals(1, manner.size(), manner.toString());
        assertTrue(manner.get(0).targets().stream().noneMatch(t -> t.text().contains("MANNER")), manner.toString());
    }

    @Test
    void theVictimsOfATollInTheNextSentenceAreTargets() {
        List<AttackEvent> events = extract("A bomb exploded at the bus station in Belfast on Monday. Four bus "
                + "workers and two soldiers were killed. Police later arrested a man.");
        assertEquals(1, events.size(), events.toString());
        List<String> targets = events.get(0).targets().stream().map(t -> t.text()).toList();
        assertTrue(targets.contains("soldiers"), targets.toString());
        assertFalse(targets.contains("man"), "a sentence without a toll adds no victims of its verbs: " + targets);
    }

    @Test
    void aTargetIsNamedWithoutItsQuantifier() {
        List<AttackEvent> events = extract("MEDELLIN, 10 OCT 89 -- URBAN GUERRILLAS BOMBED SEVERAL STATE-OWNED BANKS "
                + "IN MEDELLIN.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("STATE-OWNED BANKS"), events.get(0).targets().stream().map(t -> t.text()).toList());
    }
}
