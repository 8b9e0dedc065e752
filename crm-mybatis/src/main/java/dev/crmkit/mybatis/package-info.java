/**
 * The MyBatis storage adapter: {@link dev.crmkit.mybatis.MyBatisCrmStorage} implements crm-core's
 * storage SPI with MyBatis XML mappers over the crm-core schema, and {@link
 * dev.crmkit.mybatis.MyBatisCrmMappers} registers those mappers in a host's own MyBatis
 * configuration.
 */
@NullMarked
package dev.crmkit.mybatis;

import org.jspecify.annotations.NullMarked;
