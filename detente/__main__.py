from detente.api.cli import main

main()
