print("renja")
