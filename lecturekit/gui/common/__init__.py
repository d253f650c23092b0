"""What every part of the window uses: the task runner, icons, translations, error texts, the change broadcast."""
