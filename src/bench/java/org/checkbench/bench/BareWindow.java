package org.checkbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.checkbench.service.ArticleService;
import org.checkbench.service.LaunchTimeline;
import org.checkbench.ui.fx.AfterLayout;

/**
 * The reference {@code checkbench-bench speed} measures Checkbench's launch against: the barest
 * JavaFX window that does the same job on screen (the sample article in a text area, its paragraphs
 * in a list). It prints when it is shown the way {@code checkbench --startup-benchmark} does, and
 * quits. Its own main class, so it starts from the same class path as Checkbench and nothing else.
 */
public final class BareWindow {

    /** The line both sides print once their first screen is up. */
    static final String SHOWN = "startup: article shown ";

    private BareWindow() {
    }

    public static void main(String[] args) {
        LaunchTimeline.mark("main");
        Application.launch(App.class, args);
    }

    /** The JavaFX application; public so the launcher can make it. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws IOException {
            LaunchTimeline.mark("start(stage)");
            String text;
            try (InputStream in = BareWindow.class.getResourceAsStream(ArticleService.SAMPLE_RESOURCE)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            TextArea area = new TextArea(text);
            area.setWrapText(true);
            ListView<String> list = new ListView<>();
            list.getItems().setAll(Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList());
            Scene scene = new Scene(new SplitPane(area, list), 1200, 800);
            stage.setScene(scene);
            stage.setTitle("Bare window");
            LaunchTimeline.mark("window built");
            stage.show();
            LaunchTimeline.mark("stage shown");
            // After the first pulse has laid the window out, as Checkbench's --startup-benchmark says it
            // (ADR 0184): a line printed straight after show() came before the first pulse, so before anything was drawn.
            AfterLayout.run(scene, () -> {
                long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LaunchTimeline.mark("article shown (after the first pulse)");
                LaunchTimeline.print();
                System.out.println(SHOWN + sinceLaunch + " ms after JVM start");
                stage.close();
                Platform.exit();
            });
        }
    }
}
