import TrackerCLI
Tracker.main()
