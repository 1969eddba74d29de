package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CreditsTest {

    @Test
    void theDatasetBehindTheShippedWeightsIsCreditedInTheJar() throws IOException {
        try (InputStream in = CreditsTest.class.getResourceAsStream("/org/checkbench/detect/CREDITS.txt")) {
            assertThat(in).as("CREDITS.txt on the classpath").isNotNull();
            String credits = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(credits).contains("ClaimBuster", "Arslan", "Hassan", "Li", "Tremayne", "ICWSM 2020",
                    "doi:10.5281/zenodo.3609356");
        }
    }
}
