import TrackerModel

// Foundation also declares `Unit` (NSUnit) and `Comparator` (NSComparator); these module-level
// aliases make the plain names mean the model's types in this module.
typealias Unit = TrackerModel.Unit
typealias Comparator = TrackerModel.Comparator
typealias Measurement = TrackerModel.Measurement
