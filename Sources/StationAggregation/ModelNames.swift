import TrackerModel

// Foundation also declares `Unit` (NSUnit), `Comparator` (NSComparator) and `Measurement`
// (NSMeasurement); these module-level aliases make the plain names mean the model's types here.
typealias Unit = TrackerModel.Unit
typealias Comparator = TrackerModel.Comparator
typealias Measurement = TrackerModel.Measurement
