"""Review reminders and flagging points citing an amended law."""
