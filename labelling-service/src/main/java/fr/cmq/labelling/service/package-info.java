/**
 * The labelling use cases, one transaction each: {@link fr.cmq.labelling.service.CampusService},
 * {@link fr.cmq.labelling.service.CallService}, {@link fr.cmq.labelling.service.ApplicationService},
 * {@link fr.cmq.labelling.service.LabelService}, {@link fr.cmq.labelling.service.ReferenceService}.
 * <p>
 * Every write takes the {@link fr.cmq.common.security.Caller}, checks the campus's region first, and only then
 * validates the body ({@link fr.cmq.common.web.BodyValidation}): who may write is decided before what
 * is written is validated. The writes on an existing campus take their steps from {@code CampusWrites}: lock the
 * campus, check the region and If-Match, check the body, record the change, append the event. That is why the request bodies ({@code CampusRegistration}, {@code *Request}) live
 * here rather than in {@code api}: the use case validates them. Services return domain objects; the
 * {@code api} layer builds its views, the {@code events} package the contract's payload records.
 */
package fr.cmq.labelling.service;
