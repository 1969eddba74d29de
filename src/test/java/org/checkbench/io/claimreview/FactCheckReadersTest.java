package org.checkbench.io.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.checkbench.model.FactCheck;
import org.junit.jupiter.api.Test;

class FactCheckReadersTest {

    private static InputStream resource(String name) {
        return FactCheckReadersTest.class.getResourceAsStream("/org/checkbench/match/" + name);
    }

    @Test
    void aDataFeedGivesItsClaimReviewsAndNamesWhatItSkipped() throws Exception {
        FactCheckFile file = ClaimReviewReader.read(resource("claimreview-feed.json"));

        assertThat(file.entries()).hasSize(2);
        FactCheck grid = file.entries().get(0);
        assertThat(grid.claim()).isEqualTo("Wind turbines caused the nationwide blackout in October.");
        assertThat(grid.headline()).isEqualTo("No, wind turbines did not cause the October blackout");
        assertThat(grid.rating()).isEqualTo("False");
        assertThat(grid.ratingValue()).isEqualTo(1.0);
        assertThat(grid.bestRating()).isEqualTo(5.0);
        assertThat(grid.publisher()).isEqualTo("Example Fact Check");
        assertThat(grid.claimant()).isEqualTo("A. Senator");
        assertThat(grid.reviewDate()).isEqualTo("2024-10-12");
        assertThat(file.entries().get(1).reviewDate()).isEqualTo("2024-09-30");
        assertThat(file.problems()).extracting(Object::toString).containsExactly(
                "entry 3: no claimReviewed (the claim that was checked)",
                "entry 4: no reviewRating (neither alternateName nor ratingValue) for \"The river was cleaner in 1950 than it is today.\"",
                "entry 5: not a ClaimReview (@type is \"NewsArticle\")");
    }

    @Test
    void oneObjectAndAnArrayAreReadToo() throws Exception {
        String one = "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"X is Y\",\"url\":\"https://a.example/1\","
                + "\"reviewRating\":{\"alternateName\":\"True\"}}";
        assertThat(ClaimReviewReader.read(stream(one)).entries()).extracting(FactCheck::claim).containsExactly("X is Y");
        assertThat(ClaimReviewReader.read(stream("[" + one + "," + one.replace("X is Y", "Z") + "]")).entries())
                .extracting(FactCheck::claim).containsExactly("X is Y", "Z");
    }

    @Test
    void googleFactCheckToolsClaimsAreRead() throws Exception {
        FactCheckFile file = ClaimReviewReader.read(resource("google-factcheck-tools.json"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).singleElement().satisfies(f -> {
            assertThat(f.claim()).isEqualTo("Drinking hot water cures the flu.");
            assertThat(f.rating()).isEqualTo("False");
            assertThat(f.publisher()).isEqualTo("Health Checkers");
            assertThat(f.claimant()).isEqualTo("Viral post");
            assertThat(f.reviewDate()).isEqualTo("2024-01-05");
            assertThat(f.headline()).isEqualTo("Hot water does not cure the flu");
        });
    }

    @Test
    void brokenJsonOrJsonWithoutClaimReviewsIsRefusedWhole() {
        assertThatThrownBy(() -> ClaimReviewReader.read(stream("{\"@type\": \"ClaimReview\", ")))
                .isInstanceOf(FactCheckFileException.class).hasMessageContaining("not valid JSON")
                .hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> ClaimReviewReader.read(stream("[]")))
                .isInstanceOf(FactCheckFileException.class).hasMessageContaining("holds no ClaimReview");
    }

    @Test
    void csvRowsWithoutClaimOrRatingOrWithABadDateOrAddressAreListedBySkippedRow() throws Exception {
        FactCheckFile file = FactCheckCsvReader.read(new InputStreamReader(resource("factchecks.csv"), StandardCharsets.UTF_8));

        assertThat(file.entries()).extracting(FactCheck::claim).containsExactly(
                "The city's population grew by 10% in 2023.", "Unemployment fell to its lowest level in 50 years");
        assertThat(file.entries().get(0).rating()).isEqualTo("Mostly true");
        assertThat(file.entries().get(0).publisher()).isEqualTo("City Desk");
        assertThat(file.problems()).extracting(Object::toString).containsExactly(
                "row 4: no claim", "row 5: no rating", "row 6: date \"15/03/2024\" is not YYYY-MM-DD",
                "row 7: url \"ftp://desk.example/fares\" is not a web address");
    }

    @Test
    void aCsvWithoutAClaimColumnIsRefusedWhole() {
        assertThatThrownBy(() -> FactCheckCsvReader.read(new StringReader("a,b\n1,2\n")))
                .isInstanceOf(FactCheckFileException.class).hasMessageContaining("\"claim\"");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
