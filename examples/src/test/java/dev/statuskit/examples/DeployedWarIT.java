package dev.statuskit.examples;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The black-box checks against an application deployed elsewhere, for trying the WAR by hand:
 * {@code mvn -pl examples -am verify -Dit.test=DeployedWarIT -Dfailsafe.failIfNoSpecifiedTests=false
 * -Dstatuskit.examples.base=http://127.0.0.1:8080/statuskit-examples/}. Without that property there is
 * nothing to check against, so it does not run (the embedded server is checked by
 * {@link BookStoreServerIT}).
 */
@EnabledIfSystemProperty(named = "statuskit.examples.base", matches = "http://127\\.0\\.0\\.1:\\d+/.*",
    disabledReason = "no deployment given (-Dstatuskit.examples.base=http://127.0.0.1:PORT/CONTEXT/)")
class DeployedWarIT {

  @TestFactory
  Stream<DynamicTest> everyBlackBoxCheckPassesOnTheDeployment() {
    URI base = URI.create(System.getProperty("statuskit.examples.base"));
    return BlackBoxChecks.all().stream().map(check -> DynamicTest.dynamicTest(check.name(),
        () -> check.run(base, id -> System.out.println("occurrence " + id + " (look for it in the server log)"))));
  }
}
