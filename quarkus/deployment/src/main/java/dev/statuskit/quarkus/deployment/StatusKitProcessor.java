package dev.statuskit.quarkus.deployment;

import dev.statuskit.quarkus.StatusKitQuarkusFeature;
import dev.statuskit.quarkus.StatusKitResponsesResolver;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourcePatternsBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * The build steps of the {@code statuskit-quarkus} extension: StatusKit's feature and jars in the
 * index, the hook beans kept, and what a native image needs to reflect on and to read. Quarkus
 * runs them at build time; applications never call them.
 *
 * @since 0.3.0
 */
public final class StatusKitProcessor {

  /** The name Quarkus lists among the installed features at start-up. */
  public static final String FEATURE = "statuskit";

  private static final String GROUP = "dev.statuskit";

  /** StatusKit's providers, which the REST stacks create and inject {@code @Context} fields into. */
  static final List<String> PROVIDERS = List.of(
      "dev.statuskit.jaxrs.StatusKitFeature",
      "dev.statuskit.jaxrs.ProblemMapperBase",
      "dev.statuskit.jaxrs.HttpExceptionMapper",
      "dev.statuskit.jaxrs.WebApplicationExceptionMapper",
      "dev.statuskit.jaxrs.ThrowableMapper",
      "dev.statuskit.jaxrs.ConstraintViolationMapper",
      "dev.statuskit.jaxrs.JsonbExceptionMapper",
      "dev.statuskit.jaxrs.JacksonExceptionMapper",
      "dev.statuskit.jaxrs.ProblemBodyWriter",
      "dev.statuskit.jaxrs.ProblemResponsesResolver",
      "dev.statuskit.jaxrs.client.ProblemClientFilter");

  /** StatusKit's annotations, whose members are read by reflection. */
  static final List<DotName> ANNOTATIONS = List.of(
      DotName.createSimple("dev.statuskit.HttpProblem"),
      DotName.createSimple("dev.statuskit.ProblemExtension"),
      DotName.createSimple("dev.statuskit.jaxrs.MapException"),
      DotName.createSimple("dev.statuskit.jaxrs.MapExceptions"),
      DotName.createSimple("dev.statuskit.jaxrs.DefaultChallenge"),
      DotName.createSimple("dev.statuskit.jaxrs.DefaultRetryAfter"),
      DotName.createSimple("dev.statuskit.jaxrs.ProblemTypeBase"));

  /** The services StatusKit loads with {@code ServiceLoader}. */
  static final List<String> SERVICES = List.of(
      "dev.statuskit.engine.Settings$KeySet",
      "dev.statuskit.spi.ProblemCustomizer",
      "dev.statuskit.spi.ProblemListener",
      "dev.statuskit.spi.ExtensionValueWriter",
      "dev.statuskit.spi.LocaleResolver");

  private static final DotName HTTP_EXCEPTION = DotName.createSimple("dev.statuskit.HttpException");

  /** The list of {@code @HttpProblem} classes that StatusKit's annotation processor writes. */
  static final String PROBLEM_TYPES_RESOURCE = "META-INF/statuskit/problem-types";

  /** Created by Quarkus's build. */
  public StatusKitProcessor() {
    // Nothing to set up.
  }

  /**
   * Names the feature.
   *
   * @return {@value #FEATURE}
   */
  @BuildStep
  public FeatureBuildItem feature() {
    return new FeatureBuildItem(FEATURE);
  }

  /**
   * Indexes StatusKit's jars, so that the application's subclasses of StatusKit's exceptions are
   * known, the {@code @Provider} feature that installs the adapter on either REST stack, and the
   * resolver through which filters find {@code ProblemResponses}.
   *
   * @param dependencies StatusKit's jars
   * @param classes the feature
   */
  @BuildStep
  public void index(BuildProducer<IndexDependencyBuildItem> dependencies,
      BuildProducer<AdditionalIndexedClassesBuildItem> classes) {
    dependencies.produce(new IndexDependencyBuildItem(GROUP, "statuskit-core"));
    dependencies.produce(new IndexDependencyBuildItem(GROUP, "statuskit-jaxrs"));
    classes.produce(new AdditionalIndexedClassesBuildItem(StatusKitQuarkusFeature.class.getName(),
        StatusKitResponsesResolver.class.getName()));
  }

  /**
   * Keeps the application's {@code ProblemCustomizer}, {@code ProblemListener} and
   * {@code LocaleResolver} beans, which StatusKit looks up at run time and nothing injects, and
   * Quarkus REST's request-scoped context
   * beans, which fill the {@code @Context} fields of StatusKit's mappers.
   *
   * @return the bean types
   */
  @BuildStep
  public UnremovableBeanBuildItem hookBeans() {
    return UnremovableBeanBuildItem.beanTypes(DotName.createSimple("dev.statuskit.spi.ProblemCustomizer"),
        DotName.createSimple("dev.statuskit.spi.ProblemListener"),
        DotName.createSimple("dev.statuskit.spi.LocaleResolver"),
        DotName.createSimple("jakarta.ws.rs.core.HttpHeaders"), DotName.createSimple("jakarta.ws.rs.core.Request"),
        DotName.createSimple("jakarta.ws.rs.core.UriInfo"), DotName.createSimple("jakarta.ws.rs.container.ResourceInfo"));
  }

  /**
   * Service files and their implementations, for a native image.
   *
   * @param services one item per service StatusKit loads
   */
  @BuildStep
  public void services(BuildProducer<ServiceProviderBuildItem> services) {
    for (String service : SERVICES) {
      services.produce(ServiceProviderBuildItem.allProvidersFromClassPath(service));
    }
  }

  /**
   * The annotation processor's list of problem types, for a native image.
   *
   * @return the resource
   */
  @BuildStep
  public NativeImageResourceBuildItem problemTypesList() {
    return new NativeImageResourceBuildItem(PROBLEM_TYPES_RESOURCE);
  }

  /**
   * StatusKit's titles of the statuses in each shipped language, and the application's messages
   * under the default base name, for a native image (another base name needs its own
   * {@code quarkus.native.resources.includes}).
   *
   * @return the resource patterns
   */
  @BuildStep
  public NativeImageResourcePatternsBuildItem messages() {
    return NativeImageResourcePatternsBuildItem.builder().includeGlob("dev/statuskit/engine/titles_*.properties")
        .includeGlob("statuskit-messages_*.properties").build();
  }

  /**
   * Reflection for a native image: StatusKit's providers (created and injected by the REST stack),
   * its annotations (members read by reflection), the application's exception classes (fields and
   * methods read for {@code @ProblemExtension}) and the classes carrying StatusKit's annotations.
   *
   * @param combined the application's index, with StatusKit's jars
   * @param reflective the classes to register
   */
  @BuildStep
  public void reflection(CombinedIndexBuildItem combined, BuildProducer<ReflectiveClassBuildItem> reflective) {
    reflective.produce(ReflectiveClassBuildItem.builder(PROVIDERS.toArray(String[]::new))
        .constructors().methods().fields().build());
    reflective.produce(ReflectiveClassBuildItem.builder(
        ANNOTATIONS.stream().map(DotName::toString).toArray(String[]::new)).methods().build());
    reflective.produce(ReflectiveClassBuildItem.builder(annotatedClasses(combined.getIndex()).toArray(String[]::new))
        .methods().fields().build());
  }

  /** Subclasses of {@code HttpException} and every class that carries one of StatusKit's annotations. */
  static Set<String> annotatedClasses(IndexView index) {
    Set<String> names = new TreeSet<>();
    for (ClassInfo c : index.getAllKnownSubclasses(HTTP_EXCEPTION)) {
      names.add(c.name().toString());
    }
    for (DotName annotation : ANNOTATIONS) {
      for (AnnotationInstance a : index.getAnnotations(annotation)) {
        ClassInfo declaring = declaringClass(a.target());
        if (declaring != null) {
          names.add(declaring.name().toString());
        }
      }
    }
    return names;
  }

  private static ClassInfo declaringClass(AnnotationTarget target) {
    return switch (target.kind()) {
      case CLASS -> target.asClass();
      case FIELD -> target.asField().declaringClass();
      case METHOD -> target.asMethod().declaringClass();
      case METHOD_PARAMETER -> target.asMethodParameter().method().declaringClass();
      default -> null;
    };
  }
}
