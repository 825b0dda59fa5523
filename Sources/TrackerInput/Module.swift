// TrackerInput module; see Package.swift for its role.
