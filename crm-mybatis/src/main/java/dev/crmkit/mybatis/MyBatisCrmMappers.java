package dev.crmkit.mybatis;

import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.mybatis.internal.ActivityMapper;
import dev.crmkit.mybatis.internal.CompanyMapper;
import dev.crmkit.mybatis.internal.ContactMapper;
import dev.crmkit.mybatis.internal.DealMapper;
import dev.crmkit.mybatis.internal.DealStageChangeMapper;
import dev.crmkit.mybatis.internal.OgnlRecordAccessor;
import dev.crmkit.mybatis.internal.PipelineMapper;
import dev.crmkit.mybatis.internal.SearchMapper;
import dev.crmkit.mybatis.internal.TaskMapper;
import dev.crmkit.mybatis.internal.UtcInstantTypeHandler;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.session.Configuration;

/**
 * What a host registers in its own MyBatis {@link Configuration} before handing its {@code
 * SqlSessionFactory} to {@link MyBatisCrmStorage#create(org.apache.ibatis.session.SqlSessionFactory)}:
 *
 * <ol>
 *   <li>the crmkit mappers and their timestamp type handler: {@link #registerWith(Configuration)};</li>
 *   <li>a {@code databaseId} of {@value #H2}, {@value #POSTGRESQL} or {@value #MARIADB}, which the
 *       mappers use for the few dialect differences. {@link #databaseIdProvider()} yields exactly
 *       these names; a host that has its own provider maps its database's product name to one of
 *       them.</li>
 * </ol>
 *
 * <pre>{@code
 * Configuration configuration = new Configuration(environment);
 * configuration.setDatabaseId(MyBatisCrmMappers.databaseIdProvider().getDatabaseId(dataSource));
 * MyBatisCrmMappers.registerWith(configuration);
 * SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(configuration);
 * CrmStorage storage = MyBatisCrmStorage.create(factory);
 * }</pre>
 *
 * <p>Registration adds only crmkit's own names: mapper namespaces under {@code
 * dev.crmkit.mybatis.internal}, an instance-only type handler and an OGNL property accessor for
 * crmkit's own filter records (OGNL keeps accessors in one JVM-wide registry, keyed by class). It
 * does not change settings,
 * aliases or the handlers the host's mappers use. The crmkit statements use explicit result maps,
 * so host settings such as {@code mapUnderscoreToCamelCase} or {@code autoMappingBehavior} do not
 * affect them; they do expect MyBatis's default XML scripting language.
 */
public final class MyBatisCrmMappers {

    /** The {@code databaseId} for H2. */
    public static final String H2 = "h2";

    /** The {@code databaseId} for PostgreSQL. */
    public static final String POSTGRESQL = "postgresql";

    /** The {@code databaseId} for MariaDB, and MySQL, which shares its schema. */
    public static final String MARIADB = "mariadb";

    /** Every {@code databaseId} the crmkit mappers understand: the folder name of each crm-core {@link Dialect}. */
    public static final Set<String> DATABASE_IDS =
            Arrays.stream(Dialect.values()).map(Dialect::folder).collect(Collectors.toUnmodifiableSet());

    /** Mapper interfaces; each one's SQL is in the XML resource of the same name. */
    static final List<Class<?>> MAPPERS = List.of(
            ContactMapper.class,
            PipelineMapper.class,
            DealMapper.class,
            TaskMapper.class,
            CompanyMapper.class,
            ActivityMapper.class,
            DealStageChangeMapper.class,
            SearchMapper.class);

    /** SQL fragments shared by the mappers (keyset pagination); no interface of its own. */
    private static final String PAGING_RESOURCE = "dev/crmkit/mybatis/internal/Paging.xml";

    private MyBatisCrmMappers() {}

    /**
     * A provider that names the supported databases {@value #H2}, {@value #POSTGRESQL} and
     * {@value #MARIADB} (MySQL included): the {@link Dialect#folder()} of the dialect crm-core
     * detects by JDBC product name. Other databases get no id.
     *
     * @return a stateless, thread-safe provider; it opens one connection per call
     */
    public static DatabaseIdProvider databaseIdProvider() {
        return dataSource -> {
            String product;
            try (Connection connection = dataSource.getConnection()) {
                product = connection.getMetaData().getDatabaseProductName();
            }
            try {
                return Dialect.ofProductName(product).folder();
            } catch (StorageException unsupported) {
                return null;
            }
        };
    }

    /**
     * Registers the crmkit mappers and the timestamp type handler they use. Idempotent. May be
     * called before the configuration's {@code databaseId} is set (as a Spring {@code
     * ConfigurationCustomizer} is): the dialect is only read when statements run.
     *
     * @param configuration the MyBatis configuration, before its session factory is built; not
     *     thread-safe, like MyBatis's own registration
     * @throws IllegalStateException when a mapper resource cannot be read (a broken jar)
     */
    public static void registerWith(Configuration configuration) {
        // OGNL's registry is JVM-wide; the accessor covers only crmkit's own filter records.
        OgnlRecordAccessor.install();
        if (configuration.getTypeHandlerRegistry().getMappingTypeHandler(UtcInstantTypeHandler.class) == null) {
            // An instance only: the mappers name this handler; the host's Instant mapping is untouched.
            configuration.getTypeHandlerRegistry().register(new UtcInstantTypeHandler(configuration));
        }
        if (!configuration.isResourceLoaded(PAGING_RESOURCE)) {
            try (InputStream xml =
                    Resources.getResourceAsStream(MyBatisCrmMappers.class.getClassLoader(), PAGING_RESOURCE)) {
                new XMLMapperBuilder(xml, configuration, PAGING_RESOURCE, configuration.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + PAGING_RESOURCE + " from the crm-mybatis jar", e);
            }
        }
        for (Class<?> mapper : MAPPERS) {
            if (!configuration.hasMapper(mapper)) {
                configuration.addMapper(mapper);
            }
        }
    }

    /** True when {@link #registerWith(Configuration)} ran on this configuration. */
    static boolean isRegistered(Configuration configuration) {
        return configuration.getTypeHandlerRegistry().getMappingTypeHandler(UtcInstantTypeHandler.class) != null
                && MAPPERS.stream().allMatch(configuration::hasMapper);
    }
}
