"""Korean analysis (kiwipiepy), numbers, key figures and dates."""
