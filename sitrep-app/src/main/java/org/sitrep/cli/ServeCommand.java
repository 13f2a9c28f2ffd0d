package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.api.ApiConfig;
import org.sitrep.api.ApiServer;
import org.sitrep.app.SitrepService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the HTTP API and the web app over the stored data, until the process is
 * stopped (Ctrl-C). Ingest over HTTP needs {@code SITREP_API_TOKEN}; without it the server is
 * read-only.
 */
@Command(name = "serve", description = "Serve the JSON API (/api, /openapi.json) and the web app"
    + " (/) over the stored data. Ingest (POST /api/articles) needs $SITREP_API_TOKEN (16+"
    + " characters); without it the server is read-only.")
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = ApiConfig.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ApiConfig config;
    try {
      config = ApiConfig.of(host, port, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new Main.UserException(e.getMessage(), 2);
    }
    SitrepService app = Stores.openOrCreate(data);
    ApiServer server;
    try {
      server = ApiServer.start(app, config);
    } catch (IllegalStateException e) {
      app.close();
      throw new Main.UserException(e.getMessage(), 1);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      app.close();
      stopped.countDown();
    }, "sitrep-serve-stop"));
    err.println("serving http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + server.port() + "/  (API under /api, /openapi.json; "
        + (config.writable() ? "ingest enabled" : "read-only: set " + ApiConfig.TOKEN_VARIABLE
            + " to accept ingest") + "); Ctrl-C stops");
    err.flush();
    try {
      int pages = ApiServer.refreshStoryPages(app, Stores.notices(spec));
      if (pages > 0) {
        err.println("stories: " + pages + " story page(s) computed and stored");
        err.flush();
      }
    } catch (RuntimeException e) {
      // the server still answers: a page not computed now is computed when it is asked for
      err.println("stories: could not compute the story pages now: " + e.getMessage());
      err.flush();
    }
    stopped.await();
    return 0;
  }
}
