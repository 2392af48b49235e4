package fr.cmq.e2e;

import fr.cmq.client.ApiClient;
import fr.cmq.client.api.BudgetsApi;
import fr.cmq.client.api.CampusPartnersApi;
import fr.cmq.client.api.CampusProfileApi;
import fr.cmq.client.api.CampusRegisterApi;
import fr.cmq.client.api.NationalDashboardApi;
import fr.cmq.client.model.Budget;
import fr.cmq.client.model.BudgetHolder;
import fr.cmq.client.model.BudgetRequest;
import fr.cmq.client.model.BudgetUse;
import fr.cmq.client.model.BudgetUseLine;
import fr.cmq.client.model.CampusDetail;
import fr.cmq.client.model.CampusRegistration;
import fr.cmq.client.model.CampusView;
import fr.cmq.client.model.Contribution;
import fr.cmq.client.model.ContributionNature;
import fr.cmq.client.model.ContributionStatus;
import fr.cmq.client.model.DirectorPost;
import fr.cmq.client.model.FunderType;
import fr.cmq.client.model.FundingModality;
import fr.cmq.client.model.Governance;
import fr.cmq.client.model.LegalForm;
import fr.cmq.client.model.MembershipBasis;
import fr.cmq.client.model.PartnerCategory;
import fr.cmq.client.model.PartnerRequest;
import fr.cmq.client.model.PartnerView;
import fr.cmq.client.model.ProfileRequest;
import fr.cmq.client.model.ProfileView;
import fr.cmq.client.model.Sector;
import fr.cmq.client.model.TableRow;
import fr.cmq.client.model.TrainingRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A regional portal's round trip with the Java client generated from the public OpenAPI document (OpenAPI
 * Generator, java/native, see pom.xml): register a campus, give its profile, a partner and a forecast budget,
 * then read its row in the national table.
 */
class GeneratedClientTest extends EndToEndTest {

    private static ApiClient portal;
    private static ApiClient mission;

    @BeforeAll
    static void setUpClients() {
        portal = client(platform.gatewayUrl(), platform.tokens().regional("e2e-portal-ara", "84"));
        mission = client(platform.gatewayUrl(), platform.tokens().reader("e2e-reader"));
    }

    @Test
    void aRegionalPortalWritesACampusAndReadsItsRowInTheNationalTable() throws Exception {
        int year = LocalDate.now().getYear();
        CampusView campus = new CampusRegisterApi(portal).registerCampus(new CampusRegistration()
                .designation("Campus du client généré " + UUID.randomUUID())
                .familyCode("MATERIALS").regionCode("84").academyCodes(List.of("GRENOBLE")),
                UUID.randomUUID().toString());
        UUID id = campus.getId();

        ProfileView profile = awaitProfile(id, new ProfileRequest()
                .legalForm(LegalForm.ASSOCIATION).hasLegalPersonality(true).hasOwnBudget(true)
                .directorPost(new DirectorPost().exists(true).fte(BigDecimal.ONE).vacant(false))
                .governance(new Governance().steeringCommittee(true).managementCommittee(true)
                        .higherEducationInGovernance(false)));
        assertEquals(LegalForm.ASSOCIATION, profile.getLegalForm());

        PartnerView partner = new CampusPartnersApi(portal).addPartner(id, new PartnerRequest()
                .name("Lycée des métiers de l'industrie").category(PartnerCategory.EPLE_LYCEE).sector(Sector.PUBLIC)
                .trainingRole(TrainingRole.INITIAL).membershipBasis(MembershipBasis.CONVENTION).inGovernance(true),
                UUID.randomUUID().toString());
        assertEquals(PartnerCategory.EPLE_LYCEE, partner.getCategory());

        Budget budget = awaitBudget(id, year, new BudgetRequest().holder(BudgetHolder.CAMPUS)
                .uses(List.of(new BudgetUseLine().use(BudgetUse.OPERATIONAL_DIRECTOR).amountCents(6_000_000L)))
                .contributions(List.of(new Contribution().funderName("Région Auvergne-Rhône-Alpes")
                        .funderType(FunderType.REGION).amountCents(6_000_000L).nature(ContributionNature.CASH)
                        .modality(FundingModality.EX_ANTE).status(ContributionStatus.GRANTED))));
        assertEquals(6_000_000L, budget.getTotalResourcesCents());

        TableRow row = Await.until(Duration.ofSeconds(30), Duration.ofMillis(50), () -> {
            CampusDetail detail = detailOrNull(id, year);
            return detail == null ? null : detail.getRow();
        }, read -> read != null && read.getForecastBudgetCents() != null
                && Integer.valueOf(1).equals(read.getActivePartners()) && read.getLegalForm() != null);
        assertEquals(campus.getDesignation(), row.getDesignation());
        assertEquals("ASSOCIATION", row.getLegalForm());
        assertEquals(1, row.getActivePartners());
        assertEquals(6_000_000L, row.getForecastBudgetCents());
        assertEquals(0, new BigDecimal("100.0").compareTo(row.getNonRectoratPercent()));
    }

    private static ProfileView awaitProfile(UUID id, ProfileRequest request) throws Exception {
        return retryWhileUnknown(() -> new CampusProfileApi(portal).putProfile(id, request, null));
    }

    private static Budget awaitBudget(UUID id, int year, BudgetRequest request) throws Exception {
        return retryWhileUnknown(() -> new BudgetsApi(portal).putBudget(id, year, request, null, null));
    }

    private static CampusDetail detailOrNull(UUID id, int year) {
        try {
            return new NationalDashboardApi(mission).dashboardGetCampus(id, null, year);
        } catch (fr.cmq.client.ApiException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** The service learns a new campus from the register's events: until then it answers 404. */
    private static <T> T retryWhileUnknown(Call<T> call) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                return call.run();
            } catch (fr.cmq.client.ApiException e) {
                if (e.getCode() != 404 || System.currentTimeMillis() > deadline) {
                    throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
                }
                Thread.sleep(100);
            }
        }
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static ApiClient client(String gatewayUrl, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
