"""The domain of lecturekit: plain Python, no Qt anywhere below here."""
