from musdesk.cli import main

raise SystemExit(main())
