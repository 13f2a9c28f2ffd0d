/**
 * {@code sitrep serve}: the JSON API under {@code /api}, its OpenAPI document at {@code
 * /openapi.json} (generated from the route table in {@link org.sitrep.api.ApiServer}'s endpoints),
 * and the offline web app at {@code /}, over one {@link org.sitrep.app.SitrepService}. See
 * {@code docs/api.md}.
 */
package org.sitrep.api;
