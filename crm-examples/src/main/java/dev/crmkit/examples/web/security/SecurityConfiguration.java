package dev.crmkit.examples.web.security;

import dev.crmkit.examples.users.AppUser;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.page.DeniedPage;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Three filter chains, tried in order:
 *
 * <ol>
 *   <li>{@code /api/**}: HTTP Basic or {@code Authorization: Bearer <token>}, else 401 problem; reads
 *       (GET, HEAD, OPTIONS) for every role, writes for ADMIN and USER (403 problem for READONLY). A
 *       request without an Authorization header may ride on the pages' logged-in session (the chat
 *       page's script does), and then a write needs the session's CSRF token, so a cross-site form
 *       or fetch cannot use the cookie. A request with an Authorization header is judged by that
 *       header alone and needs no CSRF token.</li>
 *   <li>the API description and Swagger UI ({@code /v3/api-docs}, {@code /docs}, {@code /swagger-ui}):
 *       public, read-only, with a CSP of their own (Swagger UI styles elements inline).</li>
 *   <li>the pages: form login at {@code /login}, logout, CSRF tokens on every form, ADMIN only under
 *       {@code /admin}, writes (and the pages that are only a form to write with) refused to READONLY
 *       except on its own account (tokens, password); a refusal is the DeniedPage, saying why.</li>
 * </ol>
 *
 * Failed password sign-ins, form login and HTTP Basic alike, go through the {@link SignInThrottle}
 * (429 after too many for a username from an address); bearer tokens are random secrets, not
 * throttled.
 *
 * <p>Every answer carries a strict CSP (no inline scripts or styles), {@code nosniff},
 * {@code frame-ancestors 'none'} with {@code X-Frame-Options: DENY}, and a same-origin referrer
 * policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    /**
     * Swagger UI applies inline styles (under {@link #CSP} Chromium refuses them and logs a violation
     * from swagger-ui-bundle.js); its scripts stay 'self' only.
     */
    static final String DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String[] DOCS = {"/docs", "/docs/**", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**"};
    /** The pages that are only a form to write with: a read-only account gets its 403 page instead. */
    private static final String[] WRITE_FORMS = {
        "/contacts/new",
        "/companies/new",
        "/contacts/*/edit",
        "/companies/*/edit",
        "/deals/*/edit",
        "/pipelines/*/stages",
        "/duplicates/merge"
    };
    /** What the pages' chain serves to anyone: nothing in it depends on who asks. */
    private static final Set<String> PUBLIC =
            Set.of("/login", "/error", "/app.css", "/app.js", "/favicon.svg", "/favicon.ico");

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt for new passwords; hashes of other schemes ({argon2}, {pbkdf2}) keep working.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Touches its tables only once the app has started: they are migrated before the web server
     * opens its port (see the web package's ReadyBeforeServing), and AdminBootstrap runs after that.
     */
    @Bean
    AppUsers appUsers(DataSource dataSource, ObjectProvider<Clock> clock, PasswordEncoder passwordEncoder) {
        return new AppUsers(dataSource, clock.getIfAvailable(Clock::systemUTC), passwordEncoder);
    }

    @Bean
    SignInThrottle signInThrottle(WebSecurityProperties properties, ObjectProvider<Clock> clock) {
        return new SignInThrottle(properties.signInThrottle(), clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The one way a password is checked, for the form login and HTTP Basic alike: the app's users
     * behind the {@link SignInThrottle}. Being a bean, it is what Spring Security's global
     * authentication manager uses (so the user lookup is no bean of its own).
     */
    @Bean
    AuthenticationProvider passwordSignIn(AppUsers users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService(users));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledSignIn(passwords, throttle);
    }

    private static UserDetailsService userDetailsService(AppUsers users) {
        return username -> {
            AppUser user =
                    users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
            return User.withUsername(user.username())
                    .password(user.passwordHash())
                    .authorities(user.role().authority())
                    .disabled(!user.enabled())
                    .build();
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AppUsers users, JsonMapper json) throws Exception {
        ApiProblems problems = new ApiProblems(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // An SSE answer or an error page continues a request already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET)
                        .authenticated()
                        .requestMatchers(HttpMethod.HEAD)
                        .authenticated()
                        .requestMatchers(HttpMethod.OPTIONS)
                        .authenticated()
                        .anyRequest()
                        .hasAnyAuthority(Role.ADMIN.authority(), Role.USER.authority()))
                .httpBasic(basic -> basic.realmName(ApiProblems.REALM).authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(users, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new SessionUserCheck(users, Set.of(), problems), AuthorizationFilter.class)
                .securityContext(context -> context.securityContextRepository(new SessionUnlessCredentials()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::apiWriteBySession))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers(headers, CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain docs(HttpSecurity http) throws Exception {
        http.securityMatcher(DOCS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers(headers, DOCS_CSP));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AppUsers users) throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.ASYNC, DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(PUBLIC.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasAuthority(Role.ADMIN.authority())
                        .requestMatchers("/account/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, WRITE_FORMS)
                        .hasAnyAuthority(Role.ADMIN.authority(), Role.USER.authority())
                        .requestMatchers(HttpMethod.GET)
                        .authenticated()
                        .requestMatchers(HttpMethod.HEAD)
                        .authenticated()
                        .anyRequest()
                        .hasAnyAuthority(Role.ADMIN.authority(), Role.USER.authority()))
                .formLogin(login -> login.loginPage("/login")
                        .successHandler(new LoginSuccess(users))
                        .failureHandler(new LoginFailure())
                        .permitAll())
                .addFilterBefore(
                        new SessionUserCheck(
                                users,
                                PUBLIC,
                                (request, response, ended) ->
                                        response.sendRedirect(request.getContextPath() + "/login?ended")),
                        AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(DeniedPage.handler()))
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers(headers, CSP));
        return http.build();
    }

    /** A write to the API that would be authenticated by the session cookie alone. */
    private static boolean apiWriteBySession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && !SessionUnlessCredentials.hasCredentials(request)
                && request.getRequestedSessionId() != null;
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers, String csp) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
