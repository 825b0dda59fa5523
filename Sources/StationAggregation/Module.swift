// StationAggregation: see Package.swift; filled by the aggregation work of issue 5.
