"""Small reusable widgets and the theme they share."""
