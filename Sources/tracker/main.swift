import TrackerCLI
TrackerCommand.main()
