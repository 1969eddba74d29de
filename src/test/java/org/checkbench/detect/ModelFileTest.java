package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The encoder's model handed to ONNX Runtime as a file (ADR 0173): the same bytes, private, and gone once loaded. */
class ModelFileTest {

    private static byte[] sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int read; (read = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, read);
        }
        return digest.digest();
    }

    private static List<Path> copiesLeft() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("checkbench-encoder-")).toList();
        }
    }

    @Test
    void theCopyHoldsTheShippedModelReadableByItsOwnerOnlyAndIsDeletedAfterwards() throws Exception {
        Path copy = ModelFile.temporaryCopy(EncoderModel.MODEL_RESOURCE);
        assertThat(copy).isNotNull();
        try (InputStream shipped = EncoderModel.class.getResourceAsStream(EncoderModel.MODEL_RESOURCE);
                InputStream copied = Files.newInputStream(copy)) {
            assertThat(sha256(copied)).isEqualTo(sha256(shipped));
        }
        assertThat(Files.getPosixFilePermissions(copy))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        ModelFile.delete(copy);

        assertThat(copy).doesNotExist();
        ModelFile.delete(copy); // twice, or null: nothing happens
        ModelFile.delete(null);
    }

    @Test
    void aMissingModelSaysSoAndLeavesNoFile() throws IOException {
        List<Path> before = copiesLeft();

        assertThatThrownBy(() -> ModelFile.temporaryCopy("/org/checkbench/detect/encoder/missing.onnx"))
                .isInstanceOf(EncoderUnavailableException.class).hasMessageContaining("missing.onnx");

        assertThat(copiesLeft()).isEqualTo(before);
    }

    @Test
    void loadingTheShippedEncoderLeavesNoCopyBehindAndScores() throws IOException {
        List<Path> before = copiesLeft();

        try (EncoderModel model = EncoderModel.loadShipped(EncoderSettings.shipped().maxTokens())) {
            assertThat(copiesLeft()).isEqualTo(before);
            double[] probabilities = model.probabilities(List.of(
                    "Unemployment fell to 3.2 percent in March, the lowest since 1969.", "I think we can do better."));
            assertThat(probabilities[0]).isGreaterThan(probabilities[1]);
        }
    }
}
