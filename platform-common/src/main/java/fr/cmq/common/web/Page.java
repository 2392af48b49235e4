package fr.cmq.common.web;

import java.util.List;

/** One page of a collection: the items and the opaque cursor of the next page (null on the last). */
public record Page<T>(List<T> items, String nextCursor) {
}
