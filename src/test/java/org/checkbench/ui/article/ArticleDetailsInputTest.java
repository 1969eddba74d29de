package org.checkbench.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleDetailsInputTest {

    @Test
    void aTitleIsNeededAndTheRestMayStayEmpty() {
        assertThat(ArticleDetailsDialog.problemWith(" ", "", "")).isEqualTo("The article needs a title.");
        assertThat(ArticleDetailsDialog.problemWith("Troops in Kursk", "", "")).isNull();
    }

    @Test
    void onlyWebAddressesAndRealDatesAreTaken() {
        assertThat(ArticleDetailsDialog.problemWith("T", "javascript:alert(1)", "")).isNotNull();
        assertThat(ArticleDetailsDialog.problemWith("T", "https://www.bbc.com/news/articles/1", "2024-11-05")).isNull();
        assertThat(ArticleDetailsDialog.problemWith("T", "", "5 Nov 2024")).contains("year-month-day");
        assertThat(ArticleDetailsDialog.problemWith("T", "", "2024-02-30")).contains("year-month-day");
    }
}
