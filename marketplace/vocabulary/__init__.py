"""The platform's controlled terms (units of measure, origin districts, Incoterms) as data
that editors correct in every site language; the code keeps only their stable codes."""
