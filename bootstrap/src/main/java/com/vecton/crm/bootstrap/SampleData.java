package com.vecton.crm.bootstrap;

import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.in.company.CreateCompanyUseCase;
import com.vecton.crm.application.port.in.contact.CreateContactUseCase;
import com.vecton.crm.application.port.in.pipeline.CreatePipelineUseCase;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineDetails;
import com.vecton.crm.domain.pipeline.StageDetails;
import com.vecton.crm.domain.pipeline.StageKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The sample tenant of the {@code dev} command: its users, and Hungarian and German companies and
 * contacts, created through the real use cases so that the audit trail is filled as in production.
 * Seeded, so every developer sees the same data; and the default sales pipeline. The work half
 * (projects, tasks, time) is {@link SampleWork}.
 */
final class SampleData {
    static final int COMPANIES = 60;
    static final int CONTACTS = 300;

    /** The users of the sample identity shipped in the jar ({@code /dev/identity.json}), by token. */
    static final UserId ADMIN = new UserId("u-admin");

    static final UserId READER = new UserId("u-reader");
    static final UserId SERVICE = new UserId("sa-sync");
    static final String ADMIN_TOKEN = "dev-admin-token";
    static final Map<String, UserId> USERS_BY_TOKEN = orderedMap(List.of(
            Map.entry(ADMIN_TOKEN, ADMIN),
            Map.entry("dev-reader-token", READER),
            Map.entry("dev-service-token", SERVICE),
            Map.entry(SampleComms.CUSTOMER_TOKEN, SampleComms.CUSTOMER)));

    private static final String[] HU_FIRST = {
        "Ödön",
        "Árpád",
        "Zsófia",
        "Éva",
        "Gábor",
        "Katalin",
        "László",
        "Ildikó",
        "Ferenc",
        "Erzsébet",
        "Győző",
        "Réka",
        "Bálint",
        "Csilla",
        "Tünde",
        "Zoltán",
        "Ágnes",
        "Ürömi"
    };
    private static final String[] HU_LAST = {
        "Árvai", "Szőke", "Kovács", "Tóth", "Nagy", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
        "Papp", "Lukács", "Fehér", "Győri", "Szűcs", "Bíró"
    };
    private static final String[] DE_FIRST = {
        "Jürgen",
        "Günther",
        "Käthe",
        "Sören",
        "Grete",
        "Björn",
        "Jörg",
        "Märta",
        "Ulrike",
        "Friedrich",
        "Hannelore",
        "Dietmar",
        "Renée",
        "Lutz"
    };
    private static final String[] DE_LAST = {
        "Müller",
        "Schäfer",
        "Groß",
        "Köhler",
        "Weiß",
        "Bäcker",
        "Straßer",
        "Fröhlich",
        "Schröder",
        "Krüger",
        "Jäger",
        "Hoffmann",
        "Löwe",
        "Würth"
    };
    private static final String[] HU_COMPANY = {
        "Tiszai", "Dunántúli", "Bükki", "Balatoni", "Alföldi", "Mátrai", "Pannon", "Hortobágyi", "Zemplén", "Soproni"
    };
    private static final String[] DE_COMPANY = {
        "Rheinische", "Bayerische", "Schwäbische", "Hanseatische", "Sächsische", "Thüringer", "Fränkische", "Märkische"
    };
    private static final String[] HU_KIND = {"Kft.", "Zrt.", "Bt.", "Nyrt."};
    private static final String[] DE_KIND = {"GmbH", "AG", "KG", "GmbH & Co. KG"};
    private static final String[] TRADE = {"Logisztika", "Építő", "Malom", "Szoftver", "Borászat", "Gépgyár"};
    private static final String[] GEWERBE = {"Logistik", "Bau", "Mühle", "Software", "Weinkellerei", "Maschinenbau"};
    private static final String[] TITLES = {
        "Ügyvezető",
        "Beszerző",
        "Projektvezető",
        "Geschäftsführer",
        "Einkaufsleiter",
        "Vertriebsleiterin",
        "CTO",
        "Office Manager"
    };

    /** The default sales pipeline of the sample tenant: name, kind and probability of each stage, in order. */
    static final String PIPELINE = "Vertrieb";

    private static final List<StageDetails> PIPELINE_STAGES = List.of(
            StageDetails.of("Lead", StageKind.OPEN, 10),
            StageDetails.of("Qualified", StageKind.OPEN, 25),
            StageDetails.of("Proposal", StageKind.OPEN, 50),
            StageDetails.of("Negotiation", StageKind.OPEN, 75),
            StageDetails.of("Won", StageKind.WON, 100),
            StageDetails.of("Lost", StageKind.LOST, 0));

    private SampleData() {}

    /** Creates the sample tenant's default pipeline (Lead, Qualified, Proposal, Negotiation, Won, Lost). */
    static Pipeline loadPipeline(CreatePipelineUseCase pipelines, Actor actor) {
        return pipelines.create(
                actor, new PipelineDetails(PIPELINE, true, PipelineDetails.DEFAULT_CURRENCY), PIPELINE_STAGES);
    }

    /** Loads the sample tenant; returns how many contacts were created. */
    static int load(CreateCompanyUseCase companies, CreateContactUseCase contacts, Actor actor) {
        var random = new Random(20261123L);
        var created = new ArrayList<Company>();
        for (int i = 0; i < COMPANIES; i++) {
            boolean hungarian = i % 2 == 0;
            String name = hungarian
                    ? pick(random, HU_COMPANY) + " " + pick(random, TRADE) + " " + pick(random, HU_KIND)
                    : pick(random, DE_COMPANY) + " " + pick(random, GEWERBE) + " " + pick(random, DE_KIND);
            String slug = ascii(name.split(" ")[0] + "-" + name.split(" ")[1]) + "-" + i;
            String tld = hungarian ? ".hu" : ".de";
            created.add(companies.create(
                    actor,
                    new CompanyDetails(
                            name,
                            slug + tld,
                            phone(random, hungarian),
                            "info@" + slug + tld,
                            "https://www." + slug + tld,
                            hungarian ? "Fő utca " + (i + 1) : "Hauptstraße " + (i + 1),
                            hungarian ? "Budapest" : "München",
                            hungarian ? "10" + (10 + i % 90) : "80" + (100 + i % 900),
                            hungarian ? "Hungary" : "Germany",
                            null)));
        }
        for (int i = 0; i < CONTACTS; i++) {
            boolean hungarian = random.nextBoolean();
            String first = hungarian ? pick(random, HU_FIRST) : pick(random, DE_FIRST);
            String last = hungarian ? pick(random, HU_LAST) : pick(random, DE_LAST);
            Company company = i % 7 == 0 ? null : created.get(random.nextInt(created.size()));
            String domain = company == null ? "example.test" : company.details().domain();
            contacts.create(
                    actor,
                    new ContactDetails(
                            first,
                            last,
                            ascii(first + "." + last) + i + "@" + domain,
                            phone(random, hungarian),
                            pick(random, TITLES),
                            company == null ? null : company.id(),
                            null));
        }
        return CONTACTS;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String phone(Random random, boolean hungarian) {
        return hungarian
                ? "+36 1 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000))
                : "+49 89 " + (1000000 + random.nextInt(9000000));
    }

    /** Lower-case ASCII for e-mail local parts and domains: "Ödön.Árvai" becomes "odon.arvai". */
    static String ascii(String text) {
        String folded = text.replace("ß", "ss");
        String stripped = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
    }

    static List<String> sampleTokens() {
        return List.copyOf(USERS_BY_TOKEN.keySet());
    }

    /**
     * Makes the sample users known tenant users, as their first call would (the same use case, on
     * the sample identity), so that they can be made owners, members and assignees, and given time,
     * before they ever called. Idempotent: a user known already is left as is. Answers the
     * administrator, who makes the sample data.
     */
    static Caller makeSampleUsersKnown(AuthenticateCallerUseCase sampleIdentity) {
        USERS_BY_TOKEN.keySet().forEach(token -> sampleIdentity.authenticate(Optional.of(new BearerToken(token))));
        return sampleIdentity.authenticate(Optional.of(new BearerToken(ADMIN_TOKEN)));
    }

    /**
     * The sample administrator asking for {@code permission}, as the use cases that check the
     * record they act on want to be asked: a system administrator, so no policy is fetched.
     */
    static Requester admin(Caller admin, String permission) {
        return new Requester(admin, new BearerToken(ADMIN_TOKEN), new Permission(permission));
    }

    private static Map<String, UserId> orderedMap(List<Map.Entry<String, UserId>> entries) {
        var map = new LinkedHashMap<String, UserId>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(map);
    }
}
