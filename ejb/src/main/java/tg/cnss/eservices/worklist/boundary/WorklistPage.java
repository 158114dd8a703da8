package tg.cnss.eservices.worklist.boundary;

import java.util.List;

/** A page of the worklist and how many items match the filters in all. */
public record WorklistPage(List<WorkItemView> rows, long total) {}
